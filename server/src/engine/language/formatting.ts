import { alignPipeTable, isAlignedTable, type TableStyle } from '../canonical/canonical';
import type { ReportModel } from '../model';
import { parseReport } from '../parse';
import { frontMatterLineCount } from '../parse/frontmatter';
import type { SourceText, Span } from '../text/source';
import type { LanguageIndex } from './language-index';
import type { TextReplacement } from './types';

/**
 * Document formatting: tidies every GFM pipe table (a header row, a delimiter row, body rows) and
 * touches nothing else. A table is aligned by display width (a CJK character counting two
 * columns) when it is written aligned or when aligned it fits in 80 columns; one too wide for
 * that and not written aligned (table 三, as govreport writes it) is kept compact, one space
 * around each cell, so that its rows do not wrap into fragments in the editor. The
 * figure columns of statutory tables are right-aligned as in the canonical form; other tables
 * keep the alignment their delimiter row gives. Formatting formatted text changes nothing.
 *
 * A table whose layout the aligner cannot keep (a centred column, a right-aligned first
 * column, a row with more or fewer cells than the header) is left as it is rather than changed.
 */
export function formatTables(index: LanguageIndex, within?: Span): TextReplacement[] {
  const src = index.model.source;
  const lines = within && { first: src.lineAt(within.start), last: src.lineAt(within.end) };
  // Realigning a row can change how the parser reads it, and so whether its block is a
  // statutory table (right-aligned): format until nothing changes, so that formatting the
  // result again is a no-op. Formatting only ever replaces whole lines, so line numbers hold.
  const formatted = new Map<number, string>();
  let model = index.model;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const changed = formatOnce(model, lines);
    if (changed.size === 0) break;
    for (const [line, text] of changed) formatted.set(line, text);
    model = parseReport(withLines(src, formatted));
  }
  const out: TextReplacement[] = [];
  for (const [line, text] of [...formatted].sort((a, b) => a[0] - b[0])) {
    if (src.lineText(line) === text) continue;
    const span = src.lineSpan(line);
    out.push({ span, range: src.rangeOf(span), newText: text });
  }
  return out;
}

/** Passes of formatting: the second settles a block the first made statutory; more is a safeguard. */
const MAX_PASSES = 4;

/** The new text of every line one pass of formatting changes. */
function formatOnce(model: ReportModel, within: { first: number; last: number } | undefined): Map<number, string> {
  const src = model.source;
  const out = new Map<number, string>();
  for (const block of pipeBlocks(src)) {
    if (within && (block.last < within.first || block.first > within.last)) continue;
    const formatted = formatBlock(src, block, isStatutory(model, block));
    if (!formatted) continue;
    formatted.forEach((text, i) => {
      if (src.lineText(block.first + i) !== text) out.set(block.first + i, text);
    });
  }
  return out;
}

function isStatutory(model: ReportModel, block: PipeBlock): boolean {
  for (const t of model.tables.values()) for (const r of t.rows) if (block.first <= r.line && r.line <= block.last) return true;
  return false;
}

/** The pipe table on `line` laid out in `style`, as the formatter would write it; undefined where it would not touch it. */
export function relaidTable(model: ReportModel, line: number, style: TableStyle): { readonly block: PipeBlock; readonly written: TableStyle; readonly lines: string[] } | undefined {
  const src = model.source;
  const block = pipeBlocks(src).find((b) => b.first <= line && line <= b.last);
  if (!block) return undefined;
  const lines = formatBlock(src, block, isStatutory(model, block), style);
  return lines && { block, written: isAlignedTable(blockLines(src, block)) ? 'aligned' : 'compact', lines };
}

function blockLines(src: SourceText, block: PipeBlock): string[] {
  return Array.from({ length: block.last - block.first + 1 }, (_, i) => src.lineText(block.first + i));
}

/** The source with some lines replaced (line breaks kept as they were). */
function withLines(src: SourceText, replaced: ReadonlyMap<number, string>): string {
  let out = '';
  for (let line = 0; line < src.lineCount; line++) {
    const end = src.lineEnd(line);
    const next = line + 1 < src.lineCount ? src.lineStarts[line + 1] : src.text.length;
    out += (replaced.get(line) ?? src.text.slice(src.lineStarts[line], end)) + src.text.slice(end, next);
  }
  return out;
}

export interface PipeBlock {
  readonly first: number;
  readonly last: number;
}

const DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;
const FENCE = /^\s{0,3}(```|~~~)/;

/** Runs of lines forming a GFM table, outside code fences and the front matter. */
function pipeBlocks(src: SourceText): PipeBlock[] {
  const out: PipeBlock[] = [];
  let inFence = false;
  for (let line = frontMatterLineCount(src); line < src.lineCount; line++) {
    const text = src.lineText(line);
    if (FENCE.test(text)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || !isTableLine(text) || line + 1 >= src.lineCount) continue;
    const delimiter = src.lineText(line + 1).trim();
    if (!DELIMITER.test(delimiter) || !delimiter.includes('-') || !(delimiter.includes('|') || text.includes('|'))) continue;
    let last = line + 1;
    while (last + 1 < src.lineCount && isTableLine(src.lineText(last + 1)) && !FENCE.test(src.lineText(last + 1))) last++;
    out.push({ first: line, last });
    line = last;
  }
  return out;
}

function isTableLine(text: string): boolean {
  return text.trim() !== '' && text.includes('|') && /^ {0,3}\S/.test(text);
}

/** Cells of a pipe row, trimmed, escaped pipes kept as written. */
export function splitPipeRow(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\' && t[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (t[i] === '|') {
      cells.push(current.trim());
      current = '';
    } else current += t[i];
  }
  cells.push(current.trim());
  return cells;
}

/** The block tidied; in `style` when given, else in the layout it has when aligned, else aligned if that fits, else compact. */
function formatBlock(src: SourceText, block: PipeBlock, statutory: boolean, style?: TableStyle): string[] | undefined {
  const indent = /^ */.exec(src.lineText(block.first))![0];
  const header = splitPipeRow(src.lineText(block.first));
  const delimiter = splitPipeRow(src.lineText(block.first + 1));
  if (delimiter.length !== header.length) return undefined;
  const align: ('left' | 'right')[] = [];
  for (let i = 0; i < delimiter.length; i++) {
    const d = delimiter[i];
    const right = d.endsWith(':');
    if (d.startsWith(':') && right) return undefined;
    if (i === 0) {
      if (right) return undefined;
      continue;
    }
    align.push(statutory || right ? 'right' : 'left');
  }
  const rows = [header];
  for (let l = block.first + 2; l <= block.last; l++) {
    const cells = splitPipeRow(src.lineText(l));
    // A row with fewer cells than the header is left short: padding it would put its figures in
    // columns it does not name (「| 规章 | 0 |」 would become 本年制发件数 0 and two blanks), a
    // guess the reader never makes — and a table it cannot place today may be a statutory one.
    if (cells.length !== header.length) return undefined;
    rows.push(cells);
  }
  // An aligned table stays aligned however wide; any other is aligned if that fits, else compact.
  const lines = alignPipeTable(rows, align, style ?? (isAlignedTable(blockLines(src, block)) ? 'aligned' : undefined));
  return lines.map((l) => indent + l);
}
