import type { FormatVersion, RowSpec, TableId, TableSpec } from '../../format';
import type { LineForm, StrayLine } from '../../model';
import { labelKey } from '../../text/normalize';
import type { LineInfo } from '../lines';
import { RowMatcher } from '../labels';
import { articleItemHeading, fitFigures, rowEntry, rowEntryWithLabel, type RowEntry } from './entries';
import { placeByLabel, placeInOrder, type Candidate, type PlacedRow } from './place';
import { Vocabulary } from './vocabulary';

/**
 * Reads the statutory tables of one family (table 二's sub-tables, table 三, or table 四)
 * out of a range of lines, in whatever form they were written: canonical pipe tables,
 * tab-separated rows pasted from Word, space-aligned pdftotext output, key-value web text,
 * or pipe fragments from a PDF-to-Markdown tool.
 *
 * Rows are placed by their labels; rows whose label is missing or damaged are placed by
 * position between recognised rows, and only when the count fits exactly. Nothing is
 * guessed: a row that fits nowhere is reported as a stray, with its figures unread.
 */

export type Family = 't2' | 't3' | 't4';
export type { PlacedRow } from './place';

export interface FamilyResult {
  readonly family: Family;
  readonly version: FormatVersion;
  readonly tables: readonly TableSpec[];
  readonly placed: readonly PlacedRow[];
  readonly strays: readonly StrayLine[];
  /** Lines that are part of the table frame (headers, fragments, delimiters, page numbers). */
  readonly frame: ReadonlySet<number>;
  /** Lines inside the region that are content of their own (kept on conversion). */
  readonly kept: readonly number[];
  readonly headingLines: ReadonlyMap<TableId, number>;
  readonly first: number;
  readonly last: number;
  /** Group rows written with figures of their own (in 2019, （六）其他处理 is such a row). */
  readonly figuredGroups: readonly string[];
  /** Why the tables are not in canonical pipe form, if they are not. */
  readonly pastedReason?: 'tab' | 'space' | 'kv' | 'fragments';
}

interface Tools {
  readonly tableOfRow: ReadonlyMap<RowSpec, TableSpec>;
  readonly matcher: RowMatcher;
  readonly vocabulary: Vocabulary;
  readonly t4Blocks?: RowMatcher;
}

/** Matchers and vocabularies depend only on the (static) format data: build each once. */
const TOOLS = new Map<string, Tools>();

function toolsFor(family: Family, tables: readonly TableSpec[], version: FormatVersion): Tools {
  // Mixed layouts share table ids: the columns tell a 2019 sub-table from its 2021 namesake.
  const key = `${version}:${family}:${tables.map((t) => `${t.id}/${t.columns[0].id}`).join(',')}`;
  let tools = TOOLS.get(key);
  if (!tools) {
    const tableOfRow = new Map<RowSpec, TableSpec>();
    for (const t of tables) for (const r of t.rows) tableOfRow.set(r, t);
    tools = {
      tableOfRow,
      matcher: new RowMatcher(tables.flatMap((t) => t.rows)),
      vocabulary: new Vocabulary(tables),
      t4Blocks: family === 't4' ? new RowMatcher(tables[0].rows) : undefined,
    };
    TOOLS.set(key, tools);
  }
  return tools;
}

export function extractFamily(
  lines: readonly LineInfo[],
  first: number,
  last: number,
  family: Family,
  tables: readonly TableSpec[],
  version: FormatVersion,
): FamilyResult | undefined {
  const { tableOfRow, matcher, vocabulary, t4Blocks } = toolsFor(family, tables, version);

  const candidates: Candidate[] = [];
  const frame = new Set<number>();
  const textLines: number[] = [];
  const headingLines = new Map<TableId, number>();
  let context: RowSpec | undefined;

  for (let line = first; line <= last; line++) {
    const info = lines[line];
    if (info.kind === 'blank' || info.kind === 'page' || info.kind === 'delimiter') {
      if (info.kind !== 'blank') frame.add(line);
      continue;
    }
    if (info.kind === 'comment' || info.kind === 'fence' || info.kind === 'code' || info.kind === 'front-matter') {
      textLines.push(line);
      continue;
    }
    const entry = info.kind === 'heading' ? undefined : preferFirstCellLabel(info, rowEntry(info), matcher, tableOfRow);
    const item = articleItemHeading(entry ? entry.label : info.content);
    if (family === 't2' && item !== undefined && (!entry || !entry.hasDigits)) {
      const t = tables.find((x) => x.articleItem?.item === item);
      if (t && !headingLines.has(t.id as TableId)) headingLines.set(t.id as TableId, line);
      frame.add(line);
      continue;
    }
    if (entry && (entry.hasDigits || entry.figures.length > 0)) {
      const match = entry.label ? matcher.match(entry.label) : {};
      const clearLabel = match.row && (match.how === 'exact' || match.how === 'variant' || match.how === 'numbering');
      if (entry.hasDigits || (clearLabel && entry.form !== 'space')) {
        candidates.push({ entry, match, context: !entry.label ? context : undefined });
        if (!entry.label) context = undefined;
        continue;
      }
      // A header row (no figures): part of the frame.
      frame.add(line);
      continue;
    }
    // A line without figures: a block heading of table 四, a header, a label fragment, or content.
    const text = info.kind === 'row' ? (info.cells ?? []).map((c) => c.text).join('') : info.content;
    if (t4Blocks) {
      const block = blockNamedBy(t4Blocks, text);
      if (block) {
        context = block;
        frame.add(line);
        continue;
      }
    }
    if (info.kind === 'row' || vocabulary.covers(text)) frame.add(line);
    else textLines.push(line);
  }

  const placed = family === 't2' ? placeByLabel(candidates, tableOfRow) : placeInOrder(candidates, tables[0], family);
  const placedLines = new Set(placed.placed.map((p) => p.entry.line));
  const strays: StrayLine[] = placed.unplaced
    .filter((c) => c.entry.hasDigits)
    .map((c): StrayLine => {
      const labels = c.entry.labelCells;
      const labelSpan = labels.length > 0 ? { start: labels[0].span.start, end: labels[labels.length - 1].span.end } : undefined;
      return { line: c.entry.line, span: c.entry.info.span, figures: c.entry.figures.length, labelSpan };
    });

  const rowLines = [...placedLines, ...strays.map((s) => s.line)];
  if (rowLines.length === 0 && headingLines.size === 0) return undefined;
  for (const c of placed.unplaced) if (!c.entry.hasDigits) frame.add(c.entry.line);
  const end = rowLines.length > 0 ? Math.max(...rowLines) : Math.max(...headingLines.values());
  // The region opens with the header lines directly above the first row (or sub-table heading).
  let start = Math.min(...rowLines, ...headingLines.values());
  while (start > first && (frame.has(start - 1) || lines[start - 1].kind === 'blank')) start--;
  while (lines[start].kind === 'blank' && start < end) start++;
  const kept = textLines.filter((l) => l > start && l < end);

  return {
    family,
    version,
    tables,
    placed: placed.placed,
    strays,
    frame,
    kept,
    headingLines,
    first: start,
    last: end,
    figuredGroups: placed.unplaced
      .filter((c) => c.match.row?.role === 'group' && c.entry.figures.length >= tables[0].columns.length)
      .map((c) => c.match.row!.id),
    pastedReason: pastedReason(placed.placed, strays, lines, start, end, family),
  };
}

/**
 * A pipe or tab row whose first cell names an official row keeps all its other cells as
 * figures, even ones that are not numbers (| 行政许可 | abc |): the cell rules then report
 * them, instead of the row vanishing into its label.
 */
function preferFirstCellLabel(info: LineInfo, entry: RowEntry | undefined, matcher: RowMatcher, tableOfRow: ReadonlyMap<RowSpec, TableSpec>): RowEntry | undefined {
  const cells = info.cells;
  if (info.kind !== 'row' || !cells || cells.length < 2 || cells[0].text === '') return entry;
  if (entry && entry.labelCells.length === 1 && entry.labelCells[0] === cells[0]) return entry;
  const m = matcher.match(cells[0].text);
  if (!m.row || m.row.role === 'group' || !(m.how === 'exact' || m.how === 'variant' || m.how === 'numbering')) return entry;
  const expected = tableOfRow.get(m.row)!.columns.length;
  const alternative = rowEntryWithLabel(info, 1);
  if (!alternative) return entry;
  const fits = (e: RowEntry | undefined) => e !== undefined && fitFigures(e.figures, expected).length === expected;
  return fits(alternative) && !fits(entry) ? { ...alternative, hasDigits: alternative.hasDigits || alternative.figures.some((f) => f.text !== '') } : entry;
}

/** A heading such as 「### 行政复议」 naming one block of table 四, for an unlabeled row below it. */
function blockNamedBy(blocks: RowMatcher, text: string): RowSpec | undefined {
  if (!text.includes('复议') && !text.includes('起诉')) return undefined;
  const key = labelKey(text);
  if (key.length < 4 || key.length > 24 || /\d/.test(key)) return undefined;
  const hits = blocks.rows.filter((r) => [r.body, ...r.variants.map((v) => v.text)].some((t) => key.includes(labelKey(t))));
  if (hits.length !== 1) return undefined;
  // 「行政复议 … 行政诉讼」 is the header over all three blocks, not the heading of one.
  if (hits[0].id === 'review' && key.includes('诉讼')) return undefined;
  return hits[0];
}
function pastedReason(
  placed: readonly PlacedRow[],
  strays: readonly StrayLine[],
  lines: readonly LineInfo[],
  first: number,
  last: number,
  family: Family,
): FamilyResult['pastedReason'] {
  const forms = new Set<LineForm>(placed.map((p) => p.entry.form));
  if (forms.has('tab')) return 'tab';
  if (forms.has('space')) return 'space';
  if (forms.has('kv')) return 'kv';
  // A pipe row that fits no official row (rule row-unknown) or holds too few or too many
  // figures (rule column-count) is a fault of its own, not a sign the table was pasted.
  if (strays.some((s) => lines[s.line].kind !== 'row' || lines[s.line].form !== 'pipe')) return 'fragments';
  for (const p of placed) {
    const m = p.node.label.match;
    if (p.entry.labelCells.length > 1 || m === 'fragment' || m === 'context' || (m === 'position' && family !== 't4')) return 'fragments';
    if (!p.node.columnCount && p.entry.figures.length !== p.node.table.columns.length && !(family === 't4' && p.node.label.match === 'position')) return 'fragments';
  }
  // Each table must be one run of pipe lines that opens with a header and a delimiter row.
  const byTable = new Map<string, number[]>();
  for (const p of placed) {
    const list = byTable.get(p.node.table.id) ?? [];
    list.push(p.entry.line);
    byTable.set(p.node.table.id, list);
  }
  // A comment line (a suppression directive) between the rows is not part of the table's form.
  const isComment = (l: number) => lines[l].kind === 'comment';
  for (const rowsAt of byTable.values()) {
    let lo = Math.min(...rowsAt);
    const hi = Math.max(...rowsAt);
    for (let l = lo; l <= hi; l++) if (lines[l].kind !== 'row' && lines[l].kind !== 'delimiter' && !isComment(l)) return 'fragments';
    let headerDelimiters = 0;
    for (let l = lo; l <= hi; l++) if (lines[l].kind === 'delimiter') headerDelimiters++;
    if (headerDelimiters > 0) return 'fragments';
    while (lo > 0 && isComment(lo - 1)) lo--;
    if (lo < 2 || lines[lo - 1].kind !== 'delimiter' || lines[lo - 2].kind !== 'row') return 'fragments';
  }
  void first;
  void last;
  return undefined;
}
