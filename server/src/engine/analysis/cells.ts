import type { CellNode, RowNode } from '../model';
import type { Bilingual } from '../format/schema';
import type { SourceText, Span } from '../text/source';
import type { Finding, TextEdit } from './findings';
import type { CellStatus } from '../text/numbers';
import { displayWidth } from '../text/width';
import { isAlignedTable } from '../canonical/canonical';

/** Findings about the same cell share this subject: only the first (most specific) is reported. */
export const cellSubject = (cell: CellNode): string => `cell:${cell.span.start}`;

/** 「表三「（一）予以公开」「总计」」: where a cell is, in the words of the format. */
export function cellPlace(row: RowNode, cell: CellNode): Bilingual {
  const single = row.table.columns.length === 1;
  return {
    zh: `${row.table.name.zh}「${row.spec.label}」${single ? '' : `「${cell.column.label}」`}`,
    en: `${row.table.name.en}, “${row.spec.label}”${single ? '' : `, “${cell.column.label}”`}`,
  };
}

/** A visible range for a cell: an empty cell between two tabs is widened to the tab after it. */
export function cellDiagnosticSpan(source: SourceText, cell: CellNode): Span {
  if (cell.span.end > cell.span.start) return cell.span;
  const line = source.lineAt(cell.span.start);
  const end = source.lineEnd(line);
  if (cell.span.start < end) return { start: cell.span.start, end: cell.span.start + 1 };
  return { start: Math.max(source.lineStarts[line], cell.span.start - 1), end: cell.span.start };
}

/**
 * Replaces a cell's content. In a pipe table the whole cell between its pipes is rewritten: at
 * the width its column has in the neighbouring rows, aligned as it was, in an aligned table, so
 * that it stays aligned after a fix (and a cell a typo widened shrinks back); with one space on
 * each side in a compact table (canonical/canonical.ts writes wide tables compact).
 */
export function setCellText(source: SourceText, cell: CellNode, text: string): TextEdit {
  const line = source.lineAt(cell.span.start);
  const lineStart = source.lineStarts[line];
  const lineText = source.lineText(line);
  const before = lineText.lastIndexOf('|', cell.span.start - lineStart - 1);
  const after = lineText.indexOf('|', cell.span.end - lineStart);
  if (before < 0 || after < 0 || lineText.slice(before + 1, after).trim() !== lineText.slice(cell.span.start - lineStart, cell.span.end - lineStart).trim()) {
    // Tab-separated or space-aligned text: replace the figure alone.
    const whitespaceOnly = cell.raw === '' && cell.span.end > cell.span.start;
    return { span: cell.span, newText: whitespaceOnly ? ` ${text} ` : text };
  }
  const inner = lineText.slice(before + 1, after);
  if (!isAligned(source, line)) return { span: { start: lineStart + before + 1, end: lineStart + after }, newText: text === '' ? ' ' : ` ${text} ` };
  const width = columnWidth(source, line, pipeIndex(lineText, before)) ?? displayWidth(inner);
  const leftAligned = inner.trim() !== '' && inner.length - inner.trimStart().length === 1 && inner.length - inner.trimEnd().length > 1;
  const room = width - 2 - displayWidth(text);
  const newText = room < 0 ? ` ${text} ` : leftAligned ? ` ${text}${' '.repeat(room)} ` : ` ${' '.repeat(room)}${text} `;
  return { span: { start: lineStart + before + 1, end: lineStart + after }, newText };
}

/**
 * Whether the pipe table holding `line` is written aligned (canonical/canonical.ts decides by its
 * rows' widths). Worked out once per table of a text and kept for each of its lines: asked for
 * every blank cell of a table, the scan of the whole table made filling a table of n rows cost n².
 */
function isAligned(source: SourceText, line: number): boolean {
  let known = ALIGNED.get(source);
  if (!known) ALIGNED.set(source, (known = new Map()));
  const cached = known.get(line);
  if (cached !== undefined) return cached;
  const isRow = (l: number) => l >= 0 && l < source.lineCount && source.lineText(l).trimStart().startsWith('|');
  let first = line;
  let last = line;
  while (isRow(first - 1)) first--;
  while (isRow(last + 1)) last++;
  const aligned = isAlignedTable(Array.from({ length: last - first + 1 }, (_, i) => source.lineText(first + i)));
  for (let l = first; l <= last; l++) known.set(l, aligned);
  return aligned;
}

/** Per text (a SourceText never changes), whether the pipe table on each line asked about is aligned. */
const ALIGNED = new WeakMap<SourceText, Map<number, boolean>>();

/** How many pipes come before position `at` of a line (the cell's column, counting from 0). */
function pipeIndex(line: string, at: number): number {
  let n = 0;
  for (let i = line.indexOf('|'); i >= 0 && i < at; i = line.indexOf('|', i + 1)) n++;
  return n;
}

/** The display width of column `index` in the nearest pipe row above or below with as many pipes. */
function columnWidth(source: SourceText, line: number, index: number): number | undefined {
  const pipes = (t: string) => t.split('|').length - 1;
  const own = pipes(source.lineText(line));
  for (const l of [line - 1, line + 1, line - 2, line + 2]) {
    if (l < 0 || l >= source.lineCount) continue;
    const t = source.lineText(l);
    if (!t.trimStart().startsWith('|') || pipes(t) !== own) continue;
    const parts = t.split('|');
    return displayWidth(parts[index + 1] ?? '');
  }
  return undefined;
}

/**
 * The findings of a rule about cells of one status (negative, not a number, …): one per cell,
 * on the cell, with the message and fixes the rule gives for it.
 */
export function cellFindings(
  analysis: { cellsWith(status: CellStatus): readonly { row: RowNode; cell: CellNode }[] },
  status: CellStatus,
  finding: (place: Bilingual, cell: CellNode) => { message: Bilingual; fixes?: Finding['fixes'] } | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const { row, cell } of analysis.cellsWith(status)) {
    const f = finding(cellPlace(row, cell), cell);
    if (f) out.push({ span: cell.span, message: f.message, fixes: f.fixes, subject: cellSubject(cell) });
  }
  return out;
}
