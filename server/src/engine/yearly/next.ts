import { CARRY_OVER, FORMAT_FROM_YEAR, STOCK, tableSpec, tablesOfSection, type Bilingual, type FormatVersion } from '../format';
import type { CellNode, ReportModel, TableRegion } from '../model';
import { canonicalTablesText } from '../canonical/canonical';
import { keptLineTexts } from '../canonical/region';
import { applyEdits } from '../fix/apply';
import { checkModel } from '../check/run';
import { parseReport } from '../parse';
import { rule as copiedText } from '../rules/copied-text';
import type { Range } from '../text/source';
import type { TextEdit } from '../text/edit';
import { canonicalNumber, usableValue } from '../text/numbers';
import { frontMatterEdits } from './draft-front-matter';
import { replaceYear } from './years';

/**
 * Next year's draft from last year's report. Every place the report names its own year (title,
 * statistics period, the text's references to this year's report) moves to year + 1; the front
 * matter points back at last year's file and the publication date is cleared; every figure is
 * cleared except those the law carries over (format/cross-year.ts): 二、上年结转 starts as last
 * year's 四、结转下年度继续办理, 现行有效件数 as last year's. The prose is kept as it was, and the
 * paragraphs that are still last year's text are listed (rule copied-text, run on the draft).
 */

export interface NextYearOptions {
  /** Where the draft finds last year's report: written as front matter `previous:`, relative to the draft. */
  readonly previousPath: string;
}

/** A paragraph of the draft that still carries last year's text or figures. */
export interface ReviewItem {
  readonly range: Range;
  readonly message: Bilingual;
}

export interface NextYearDraft {
  readonly ok: true;
  readonly text: string;
  readonly year: number;
  /** Figures written in the draft because the law carries them over from last year's report. */
  readonly carried: number;
  /** Whether a publication date was removed. */
  readonly publishedCleared: boolean;
  readonly review: readonly ReviewItem[];
}

export type NextYearResult = NextYearDraft | { readonly ok: false; readonly reason: Bilingual };

export function nextYearDraft(previous: ReportModel, options: NextYearOptions): NextYearResult {
  const year = previous.meta.year?.value;
  if (year === undefined) {
    return {
      ok: false,
      reason: {
        zh: '看不出上年报告是哪一年度的（标题、前置元数据和统计期限都没有写明年份）',
        en: "cannot tell which year last year's report is for (no year in its title, front matter or statistics period)",
      },
    };
  }
  const next = year + 1;
  const source = previous.source;
  const edits: TextEdit[] = [...frontMatterEdits(previous, next, options.previousPath)];

  // The report's own year, wherever the reader found it stated (the front matter is done above).
  for (const mention of previous.meta.yearMentions) {
    if (mention.source === 'front-matter' || mention.source === 'period') continue;
    edits.push(yearEdit(source.text, mention.span, mention.value, next));
  }
  const period = previous.meta.period;
  if (period) edits.push(yearEdit(source.text, period.startSpan, period.start.year, next), yearEdit(source.text, period.endSpan, period.end.year, next));

  const publishedCleared = previous.meta.published !== undefined;
  const version: FormatVersion = next >= FORMAT_FROM_YEAR['2021'] ? '2021' : '2019';
  const { edits: tableEdits, carried } = tableDraftEdits(previous, version);
  edits.push(...tableEdits);

  const { text, model: draft } = withoutPublicationDate(applyEdits(source.text, edits).text);
  const review = checkModel(draft, { previous, only: [copiedText] }).map((d) => ({ range: d.range, message: d.message }));
  return { ok: true, text, year: next, carried, publishedCleared, review };
}

function yearEdit(text: string, span: { start: number; end: number }, from: number, to: number): TextEdit {
  return { span, newText: replaceYear(text.slice(span.start, span.end), from, to) };
}

/**
 * Removes every publication date the reader finds outside the front matter: the signature's, and
 * a date line under the title (a report may state it twice). Each removal is re-read, since
 * the reader then looks for the next candidate.
 */
function withoutPublicationDate(text: string): { text: string; model: ReportModel } {
  let model = parseReport(text);
  for (let i = 0; i < 3; i++) {
    const published = model.meta.published;
    if (!published || published.source === 'front-matter') break;
    model = parseReport(applyEdits(model.source.text, [deleteLine(model, model.source.lineAt(published.span.start))]).text);
  }
  return { text: model.source.text, model };
}

/** Removes a line, and the blank line before it (a signature's date goes with the gap above it). */
function deleteLine(model: ReportModel, line: number): TextEdit {
  const src = model.source;
  const end = line + 1 < src.lineCount ? src.lineStarts[line + 1] : src.text.length;
  const start = line > 0 && src.lineText(line - 1).trim() === '' ? src.lineStarts[line - 1] : src.lineStarts[line];
  return { span: { start, end }, newText: '' };
}

/** Row texts of the draft's tables: empty cells, except the figures carried over from last year. */
function carriedTexts(previous: ReportModel, version: FormatVersion): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const figure = (value: number | undefined) => (value === undefined ? '' : canonicalNumber(value));
  const t3 = tableSpec(version, CARRY_OVER.table)!;
  const from = previous.tables.get(CARRY_OVER.table)?.byId.get(CARRY_OVER.from);
  const valueIn = (cell: CellNode | undefined) => (cell ? usableValue(cell.parsed) : undefined);
  if (from) texts.set(CARRY_OVER.row, t3.columns.map((c) => figure(valueIn(from.cells.find((x) => x.column.id === c.id)))));
  const stock = tableSpec(version, STOCK.table)!;
  const before = previous.tables.get(STOCK.table);
  if (!stock.columns.some((c) => c.id === STOCK.column)) return texts;
  for (const row of stock.rows) {
    const cell = before?.byId.get(row.id)?.cells.find((c) => c.column.id === STOCK.column);
    if (cell) texts.set(row.id, stock.columns.map((c) => (c.id === STOCK.column ? figure(valueIn(cell)) : '')));
  }
  return texts;
}

/**
 * Every table region is rewritten as the tables of the format for the draft's year of its section(s), in canonical
 * form, once per section (whatever layout or format last year used); lines of other content in
 * a region are kept after its tables. A section whose heading is there but whose tables are not
 * gets them under its heading.
 */
function tableDraftEdits(previous: ReportModel, version: FormatVersion): { edits: TextEdit[]; carried: number } {
  const texts = carriedTexts(previous, version);
  let carried = 0;
  const src = previous.source;
  const eol = src.eol;
  const written = new Set<string>();
  const tablesFor = (sections: readonly string[]) => {
    const fresh = sections.filter((s) => !written.has(s));
    fresh.forEach((s) => written.add(s));
    const specs = fresh.flatMap((s) => tablesOfSection(version, s));
    for (const row of specs.flatMap((t) => t.rows)) carried += texts.get(row.id)?.filter((t) => t !== '').length ?? 0;
    return specs.length > 0 ? canonicalTablesText(specs, texts, eol, { groups: true }) : undefined;
  };
  const edits: TextEdit[] = [];
  for (const region of previous.regions) {
    if (region.tables.length === 0) continue;
    const tables = tablesFor([...new Set(region.tables.map((t) => t.spec.section))]);
    const kept = keptText(previous, region);
    const parts = [tables, kept].filter((p): p is string => p !== undefined);
    edits.push({ span: src.linesSpan(region.firstLine, region.lastLine), newText: parts.join(eol + eol) });
  }
  for (const section of previous.sections) {
    if (!section.heading || written.has(section.spec.id)) continue;
    const tables = tablesFor([section.spec.id]);
    if (tables === undefined) continue;
    const at = src.lineEnd(section.heading.line);
    edits.push({ span: { start: at, end: at }, newText: `${eol}${eol}${tables}` });
  }
  return { edits, carried };
}

function keptText(model: ReportModel, region: TableRegion): string | undefined {
  const kept = keptLineTexts(model.source, region);
  return kept.length > 0 ? kept.join(model.source.eol) : undefined;
}
