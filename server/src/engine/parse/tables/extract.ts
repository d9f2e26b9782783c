import { FORMATS, type FormatVersion, type RowSpec, type TableId, type TableSpec } from '../../format';
import type { StrayLine } from '../../model';
import { labelKey } from '../../text/normalize';
import type { LineInfo } from '../lines';
import { RowMatcher } from '../labels';
import { articleItemHeading, rowEntry, type RowEntry } from './entries';
import { blockNamedBy, followsUnlabeledRow, keepRowsWithoutDigits, preferFirstCellLabel, rowWithoutDigits } from './context';
import { placeByLabel, placeInOrder, type Candidate, type PlacedRow } from './place';
import { Vocabulary } from './vocabulary';
import { pastedReason } from './form';
import { streamSegments } from './stream';
import { readStreamSegment } from './stream-rows';

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
  readonly pastedReason?: 'tab' | 'space' | 'kv' | 'cells' | 'fragments';
}

interface Tools {
  readonly tableOfRow: ReadonlyMap<RowSpec, TableSpec>;
  readonly matcher: RowMatcher;
  readonly vocabulary: Vocabulary;
  readonly t4Blocks?: RowMatcher;
  /** Keys of the tables' column names and header cells (总计, 自然人, 信息内容…). */
  readonly headerWords: ReadonlySet<string>;
  /** The rows of the other families' tables: a row naming one of them ends this family's tables. */
  readonly foreign: RowMatcher;
}

/** Matchers and vocabularies depend only on the (static) format data: build each once. */
const TOOLS = new Map<string, Tools>();

/** The same tools by the list of tables itself, for the lists that are format data (most calls). */
const TOOLS_BY_LIST = new WeakMap<readonly TableSpec[], Tools>();

function toolsFor(family: Family, tables: readonly TableSpec[], version: FormatVersion): Tools {
  const known = TOOLS_BY_LIST.get(tables);
  if (known) return known;
  const tools = toolsByKey(family, tables, version);
  TOOLS_BY_LIST.set(tables, tools);
  return tools;
}

function toolsByKey(family: Family, tables: readonly TableSpec[], version: FormatVersion): Tools {
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
      foreign: new RowMatcher(
        Object.values(FORMATS)
          .flatMap((f) => f.tables)
          .filter((t) => !t.id.startsWith(family === 't2' ? 't2-' : family))
          .flatMap((t) => t.rows),
      ),
      headerWords: new Set(tables.flatMap((t) => [t.headerLabel, t.labelHeader ?? '', ...t.columns.flatMap((c) => [c.label, c.group ?? '', ...c.variants])]).filter((w) => w !== '').map(labelKey)),
    };
    TOOLS.set(key, tools);
  }
  return tools;
}

/** How clearly a label must name another table's row for the row to be left to that table. */
const FOREIGN_MATCH = new Set(['exact', 'variant', 'prefixed']);

export function extractFamily(
  lines: readonly LineInfo[],
  first: number,
  last: number,
  family: Family,
  tables: readonly TableSpec[],
  version: FormatVersion,
  /** The range is the family's section (not lines no section claims): only there is a table's blank template read as its table. */
  ownSection = true,
): FamilyResult | undefined {
  const { tableOfRow, matcher, vocabulary, t4Blocks, headerWords, foreign } = toolsFor(family, tables, version);
  const isHeaderWord = (text: string) => headerWords.has(labelKey(text));

  const candidates: Candidate[] = [];
  const frame = new Set<number>();
  const textLines: number[] = [];
  const headingLines = new Map<TableId, number>();
  let context: RowSpec | undefined;

  let digitsSeen = false;
  /** Rows of 二 whose figures hold no digit, and whether their line is table frame if they are not rows. */
  const withoutDigits = new Map<Candidate, boolean>();
  const markHeading = (item: number, line: number) => {
    const t = tables.find((x) => x.articleItem?.item === item);
    if (t && !headingLines.has(t.id as TableId)) headingLines.set(t.id as TableId, line);
    frame.add(line);
  };
  /** A line (or a row written one cell per line) with figure cells: a row, or a header. */
  const consider = (entry: RowEntry): void => {
    const match = entry.label ? matcher.match(entry.label) : {};
    const clearLabel = match.row && (match.how === 'exact' || match.how === 'variant' || match.how === 'numbering');
    // A header cell such as 总计 over blank padding is a column's name, not the row （七）总计.
    const header = !entry.hasDigits && !digitsSeen && isHeaderWord(entry.label);
    if (entry.hasDigits || (clearLabel && entry.form !== 'space' && !header)) {
      candidates.push({ entry, match, context: !entry.label ? context : undefined });
      if (!entry.label) context = undefined;
      digitsSeen ||= entry.hasDigits;
      return;
    }
    frame.add(entry.line);
  };
  const segments = streamSegments(lines, first, last);
  let nextSegment = 0;
  let lastText = lines.length - 1;
  while (lastText > 0 && lines[lastText].kind === 'blank') lastText--;

  for (let line = first; line <= last; line++) {
    const segment = segments[nextSegment];
    const reads = segment && segment.first === line ? readStreamSegment(lines, segment, { matcher, isHeaderWord, ownSection, lastText, headerWordsNameRows: family === 't4' }) : undefined;
    if (segment && segment.first === line) nextSegment++;
    if (segment && reads) {
      // A table written one cell per line: its groups of cells, read as rows.
      const kept = new Set<number>();
      for (const read of reads) {
        if (family === 't2') for (const h of read.headings) markHeading(h.item, h.line);
        for (const cell of read.others) if (!vocabulary.covers(cell.text)) kept.add(cell.line);
        for (const blank of read.blanks) consider(blank);
        if (read.entry) consider(read.entry);
      }
      for (let l = segment.first; l <= segment.last; l++) {
        if (kept.has(l) || lines[l].kind === 'comment') textLines.push(l);
        else if (lines[l].kind !== 'blank') frame.add(l);
      }
      line = segment.last;
      continue;
    }
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
      markHeading(item, line);
      continue;
    }
    if (entry && (entry.hasDigits || entry.figures.length > 0)) {
      consider(entry);
      continue;
    }
    // A line without figures: a block heading of table 四, a header, a label fragment, or content.
    const text = info.kind === 'row' ? cellsText(info) : info.content;
    // Only in 二: labels of 三 and 四 wrap around their figures, and a fragment names a row too.
    const bare = family === 't2' && !entry ? rowWithoutDigits(info, matcher) : undefined;
    if (bare) {
      candidates.push(bare);
      withoutDigits.set(bare, vocabulary.covers(text));
      continue;
    }
    if (t4Blocks) {
      const block = blockNamedBy(t4Blocks, text);
      if (block) {
        // Right after a row of figures without a label, it is that row's wrapped label (「直接起诉）」
        // under 「行政诉讼（未经复议」), not the heading of the next row.
        if (!followsUnlabeledRow(lines, line, candidates)) context = block;
        frame.add(line);
        continue;
      }
    }
    if (info.kind === 'row' || vocabulary.covers(text)) frame.add(line);
    else textLines.push(line);
  }

  if (withoutDigits.size > 0) keepRowsWithoutDigits(candidates, withoutDigits, frame, textLines);
  const placed = family === 't2' ? placeByLabel(candidates, tableOfRow) : placeInOrder(candidates, tables[0], family);
  // A row of another table (表三's 一、本年新收… under a lost heading of 三) is that table's, not a stray of this one.
  const isForeign = (c: Candidate) => !c.match.row && c.entry.label !== '' && FOREIGN_MATCH.has(foreign.match(c.entry.label).how ?? '');
  const strays: StrayLine[] = [];
  for (const c of placed.unplaced) {
    if (!c.entry.hasDigits || isForeign(c)) continue;
    const { line, endLine, labelCells: labels, figures, info } = c.entry;
    const labelSpan = labels.length > 0 ? { start: labels[0].span.start, end: labels[labels.length - 1].span.end } : undefined;
    const span = endLine === line ? info.span : { start: (labels[0] ?? figures[0]).span.start, end: figures[figures.length - 1].span.end };
    strays.push({ line, lastLine: endLine, span, figures: figures.length, labelSpan });
  }

  if (placed.placed.length === 0 && strays.length === 0 && headingLines.size === 0) return undefined;
  for (const c of placed.unplaced) if (!c.entry.hasDigits) frame.add(c.entry.line);
  // Index loops, not spreads of mapped arrays: an empty array has another shape than a full one,
  // and each new combination of shapes made this large function be compiled again.
  let end = -1;
  let start = Infinity;
  for (let i = 0; i < placed.placed.length; i++) {
    end = Math.max(end, placed.placed[i].entry.endLine);
    start = Math.min(start, placed.placed[i].entry.line);
  }
  for (let i = 0; i < strays.length; i++) {
    end = Math.max(end, strays[i].lastLine);
    start = Math.min(start, strays[i].line);
  }
  // A sub-table heading is part of the region even after the last row (a heading with no rows yet).
  for (const l of headingLines.values()) {
    end = Math.max(end, l);
    start = Math.min(start, l);
  }
  // A delimiter row right after the end belongs to it (the header of a sub-table with no rows yet).
  while (end < last && lines[end + 1].kind === 'delimiter') end++;
  // The region opens with the header lines directly above the first row (or sub-table heading).
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
    // A group row left blank counts too: in a blank template, （六）其他处理 standing as a row of its own is the 2019 layout.
    figuredGroups: placed.unplaced
      .filter((c) => c.match.row?.role === 'group' && (c.entry.figures.length >= tables[0].columns.length || c.entry.blank))
      .map((c) => c.match.row!.id),
    pastedReason: pastedReason(placed.placed, strays, lines, family),
  };
}

/** A row line's cells' text run together (for the vocabulary test). */
function cellsText(info: LineInfo): string {
  const cells = info.cells;
  let text = '';
  if (cells) for (let i = 0; i < cells.length; i++) text += cells[i].text;
  return text;
}
