import { TABLE3_BALANCE_NOTE, TABLE4_LITIGATION, type ColumnSpec, type RowSpec } from '../format';
import type { ReportModel, RowNode, TableNode } from '../model';
import { RowMatcher } from '../parse/labels';
import { foldWidth } from '../text/normalize';
import type { Span } from '../text/source';
import type { TableExtent } from './tables';

/**
 * The words of a table's frame that a hover can explain: column headers (however they were
 * spaced out by extraction: 「商 业 企 业」), the table's own header cell, group rows written
 * on their own line, and the group prefix of a pasted row label (「(三) 不予公 开」 before
 * 「1. 属于国家秘密」). Found by the official wordings in the format data, never by position.
 */
export type TableToken =
  | { readonly kind: 'table'; readonly span: Span; readonly table: TableNode }
  | { readonly kind: 'column'; readonly span: Span; readonly table: TableNode; readonly column: ColumnSpec }
  | { readonly kind: 'column-group'; readonly span: Span; readonly table: TableNode; readonly group: string }
  | { readonly kind: 'row'; readonly span: Span; readonly table: TableNode; readonly row: RowSpec; readonly node?: RowNode };

type Candidate = { readonly key: string; readonly make: (span: Span) => TableToken };

export function findTableTokens(model: ReportModel, extents: readonly TableExtent[]): TableToken[] {
  const out: TableToken[] = [];
  for (const extent of extents) {
    const table = extent.table;
    const rowLines = new Map<number, RowNode[]>();
    for (const r of table.rows) rowLines.set(r.line, [...(rowLines.get(r.line) ?? []), r]);
    const kept = new Set(extent.region.keptLines);
    const candidates = frameCandidates(table);
    const groups = new RowMatcher(table.spec.rows.filter((r) => r.role === 'group'));
    for (let line = extent.firstLine; line <= extent.lastLine; line++) {
      if (kept.has(line)) continue;
      const rows = rowLines.get(line);
      if (rows) {
        for (const row of rows) out.push(...labelTokens(model, row, table, groups));
        continue;
      }
      const lineSpan = model.source.lineSpan(line);
      const text = model.source.slice(lineSpan);
      const group = groupRowOnItsOwnLine(text, lineSpan.start, groups, table);
      if (group) out.push(group);
      else out.push(...matchFrameWords(text, lineSpan.start, candidates));
    }
  }
  return out;
}

/** Header words of one table, longest first so that 「法人或其他组织」 wins over the 「其他」 inside it. */
function frameCandidates(table: TableNode): Candidate[] {
  const spec = table.spec;
  const list: Candidate[] = [];
  const add = (text: string, make: (span: Span) => TableToken) => {
    const key = compactKey(text);
    if (key.length > 0) list.push({ key, make });
  };
  for (const text of [spec.headerLabel, spec.heading ?? '', ...(spec.id === 't3' ? [TABLE3_BALANCE_NOTE] : []), ...(spec.id === 't4' ? [TABLE4_LITIGATION] : [])]) {
    add(text, (span) => ({ kind: 'table', span, table }));
  }
  for (const column of spec.columns) {
    for (const text of [column.label, ...column.variants]) add(text, (span) => ({ kind: 'column', span, table, column }));
    if (column.group) add(column.group, (span) => ({ kind: 'column-group', span, table, group: column.group! }));
  }
  // Table 四's official layout names its three blocks in the header, not in row labels.
  if (spec.id === 't4') {
    for (const row of spec.rows) {
      for (const text of [row.body, ...row.variants.map((v) => v.text)]) add(text, (span) => ({ kind: 'row', span, table, row }));
    }
  }
  return list.sort((a, b) => b.key.length - a.key.length);
}

/** Width-folded, without the spaces extraction puts between characters; cell separators stay as a barrier. */
function compactKey(text: string): string {
  return foldWidth(text).replace(/[\s*]/g, '');
}

function matchFrameWords(text: string, lineStart: number, candidates: readonly Candidate[]): TableToken[] {
  // The compact line, and for each of its characters the offset it came from.
  let compact = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u3000' || ch === '*') continue;
    compact += ch === '\t' || ch === '|' ? '\u0000' : foldWidth(ch);
    offsets.push(lineStart + i);
  }
  const taken: boolean[] = new Array(compact.length).fill(false);
  const out: TableToken[] = [];
  for (const c of candidates) {
    let from = 0;
    for (;;) {
      const at = compact.indexOf(c.key, from);
      if (at < 0) break;
      from = at + 1;
      if (taken.slice(at, at + c.key.length).some(Boolean)) continue;
      for (let i = at; i < at + c.key.length; i++) taken[i] = true;
      out.push(c.make({ start: offsets[at], end: offsets[at + c.key.length - 1] + 1 }));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Pieces of a label separated by tabs or pipes, with their spans (trimmed). */
function pieces(text: string, start: number): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  const re = /[^\t|]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed === '') continue;
    const s = start + m.index + lead;
    out.push({ text: trimmed, span: { start: s, end: s + trimmed.length } });
  }
  return out;
}

/**
 * A row's label, split where a pasted label carries its group's name in front of it: the
 * group part explains the group, the rest the row.
 */
function labelTokens(model: ReportModel, row: RowNode, table: TableNode, groups: RowMatcher): TableToken[] {
  const span = row.label.span;
  if (span.end <= span.start) return [];
  const parts = pieces(model.source.slice(span), span.start);
  const out: TableToken[] = [];
  let own: Span | undefined;
  for (const part of parts) {
    const group = parts.length > 1 ? groupOf(part.text, groups) : undefined;
    if (group) out.push({ kind: 'row', span: part.span, table, row: group });
    else own = own ? { start: own.start, end: part.span.end } : part.span;
  }
  out.push({ kind: 'row', span: own ?? span, table, row: row.spec, node: row });
  return out;
}

function groupOf(text: string, groups: RowMatcher): RowSpec | undefined {
  const m = groups.match(text);
  return m.row && (m.how === 'exact' || m.how === 'variant' || m.how === 'numbering') ? m.row : undefined;
}

/** 「| （三）不予公开 |  |  |」: a group row written as a line of its own, with no figures. */
function groupRowOnItsOwnLine(text: string, lineStart: number, groups: RowMatcher, table: TableNode): TableToken | undefined {
  const first = pieces(text, lineStart)[0];
  if (!first) return undefined;
  const row = groupOf(first.text, groups);
  return row ? { kind: 'row', span: first.span, table, row } : undefined;
}
