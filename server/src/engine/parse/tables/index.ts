import { FORMAT_2019, FORMAT_2021, FORMATS, type FormatVersion, type TableId, type TableSpec } from '../../format';
import type { Bilingual } from '../../format/schema';
import type { RowNode, SectionNode, TableNode, TableRegion } from '../../model';
import { labelKey } from '../../text/normalize';
import type { Span } from '../../text/source';
import type { LineInfo } from '../lines';
import { articleItemHeading } from './entries';
import { extractFamily, type Family, type FamilyResult } from './extract';

/**
 * Finds the statutory tables: table 二 in section 二, 三 in 三, 四 in 四. When a section
 * heading is missing, the family is looked for in the lines no section claims, so a report
 * with a lost heading still has its figures read.
 */

const FAMILY_SECTION: Record<Family, string> = { t2: 's2', t3: 's3', t4: 's4' };

export interface TablesResult {
  readonly regions: TableRegion[];
  readonly tables: Map<TableId, TableNode>;
  readonly version: FormatVersion;
  readonly versionEvidence: Span[];
}

const PASTED_REASON: Record<NonNullable<FamilyResult['pastedReason']>, Bilingual> = {
  tab: { zh: '制表符分隔的粘贴表格（从 Word 等复制）', en: 'tab-separated rows pasted from Word or similar' },
  space: { zh: '空格对齐的文本表格（从 PDF 提取）', en: 'space-aligned text extracted from a PDF' },
  kv: { zh: '“列名 数字”形式的网页文本', en: 'web text of “column figure” pairs' },
  cells: { zh: '每个单元格单独成行的网页或 PDF 文本', en: 'web or PDF text with one cell per line' },
  fragments: { zh: '拆散或错位的表格片段', en: 'a table broken into fragments' },
};

export function findTables(lines: readonly LineInfo[], sections: readonly SectionNode[]): TablesResult {
  const { spans: versionEvidence, items, words2021 } = layout2019Evidence(lines, sections);
  // Sub-tables whose lines name no columns (a template reduced to its row labels) are in the
  // layout the others show, when that is 2019's alone.
  const t2Specs = table2Specs(items !== 'all' && items.size > 0 && !words2021 ? 'all' : items);

  const regions: TableRegion[] = [];
  const tables = new Map<TableId, TableNode>();
  const claimed: [number, number][] = [];
  let t3Version: FormatVersion = '2021';

  // Families whose section is there first: a family looked for in the unclaimed lines must not
  // take the tables of a section found later.
  const families = (['t2', 't3', 't4'] as const).map((family) => ({ family, range: rangeFor(family, lines, sections) }));
  const found = new Map<Family, TableRegion>();
  for (const { family, range } of [...families.filter((f) => f.range !== 'unclaimed'), ...families.filter((f) => f.range === 'unclaimed')]) {
    let result = runFamily(lines, range, family, family === 't2' ? t2Specs : specsOf('2021', family), claimed);
    if (family === 't3' && result && isLayout2019(result)) {
      const again = runFamily(lines, range, family, specsOf('2019', family), claimed);
      if (again) {
        result = again;
        t3Version = '2019';
      }
    }
    if (!result) continue;
    claimed.push([result.first, result.last]);
    found.set(family, toRegion(result, FAMILY_SECTION[family]));
  }
  for (const { family } of families) {
    const region = found.get(family);
    if (!region) continue;
    regions.push(region);
    for (const t of region.tables) tables.set(t.id, t);
  }
  if (t3Version === '2019') {
    const t3 = tables.get('t3');
    if (t3) versionEvidence.push(...t3.rows.filter((r) => r.spec.id === 'r6').map((r) => r.label.span));
  }
  const version: FormatVersion = t2Specs.some(is2019) || t3Version === '2019' ? '2019' : '2021';
  return { regions, tables, version, versionEvidence };
}

function rangeFor(family: Family, lines: readonly LineInfo[], sections: readonly SectionNode[]): [number, number] | 'unclaimed' {
  const section = sections.find((s) => s.spec.id === FAMILY_SECTION[family]);
  if (section) return [section.firstLine, section.lastLine];
  void lines;
  return 'unclaimed';
}

/**
 * A family's tables in one format version. The same list each time (format data): the table
 * readers find their matchers by it without building a key string for every report.
 */
function specsOf(version: FormatVersion, family: Family): readonly TableSpec[] {
  const key = `${version}:${family}`;
  let specs = SPECS.get(key);
  if (!specs) SPECS.set(key, (specs = FORMATS[version].tables.filter((t) => t.id.startsWith(family === 't2' ? 't2-' : family))));
  return specs;
}

const SPECS = new Map<string, readonly TableSpec[]>();

/** A table of the 2019 layout only (table 四 is the same in both formats). */
function is2019(spec: TableSpec): boolean {
  return !FORMAT_2021.tables.includes(spec);
}

/**
 * Table 二's sub-tables, each in the layout its own lines show: a report that kept one 2019
 * sub-table is one outdated table, not four 2021 tables misread in the 2019 shape. When the
 * 2019 words cannot be placed in a sub-table (no 第二十条第（…）项 headings), all of table 二 is 2019.
 */
function table2Specs(items: ReadonlySet<number> | 'all'): readonly TableSpec[] {
  if (items === 'all') return specsOf('2019', 't2');
  // No 2019 word at all (most reports): the 2021 tables as they are.
  if (items.size === 0) return specsOf('2021', 't2');
  const old = specsOf('2019', 't2');
  const specs = specsOf('2021', 't2').map((t) => (items.has(t.articleItem!.item!) ? old.find((o) => o.id === t.id)! : t));
  return items.has(9) ? [...specs, old.find((o) => o.articleItem?.item === 9)!] : specs;
}

function runFamily(
  lines: readonly LineInfo[],
  range: [number, number] | 'unclaimed',
  family: Family,
  specs: readonly TableSpec[],
  claimed: readonly [number, number][],
): FamilyResult | undefined {
  const version: FormatVersion = specs.some(is2019) ? '2019' : '2021';
  if (range !== 'unclaimed') return extractFamily(lines, range[0], range[1], family, specs, version);
  // No section heading: search the stretches no other table took, and keep the richest result.
  let best: FamilyResult | undefined;
  let from = 0;
  const stops = [...claimed].sort((a, b) => a[0] - b[0]);
  for (const [a, b] of [...stops, [lines.length, lines.length] as [number, number]]) {
    if (a - 1 >= from) {
      const r = extractFamily(lines, from, a - 1, family, specs, version, false);
      if (r && (!best || rowsRead(r) > rowsRead(best))) best = r;
    }
    from = b + 1;
  }
  return best && best.placed.length >= 2 ? best : undefined;
}

/**
 * How many official rows a result reads: a row written twice counts once, so a copy of the
 * tables with a repeated row is no richer than the same copy converted (which keeps one).
 */
function rowsRead(result: FamilyResult): number {
  return new Set(result.placed.map((p) => p.node.spec)).size;
}

/** Table 三 in the 2019 layout: （六）其他处理 carries figures and has no sub-rows. */
function isLayout2019(result: FamilyResult): boolean {
  const hasSubRows = result.placed.some((p) => p.node.spec.group === 'r6');
  return !hasSubRows && result.figuredGroups.includes('r6');
}

/**
 * The 2019 (试行) layout is present when table 二 uses its columns or rows (report-format.md §6).
 * Returns the spans of that evidence, for diagnostics, and the 第二十条 items (sub-tables) it
 * was found in — 'all' when a 2019 word stands where no item heading places it — and whether a
 * column name of the 2021 layout is there too.
 */
function layout2019Evidence(lines: readonly LineInfo[], sections: readonly SectionNode[]): { spans: Span[]; items: Set<number> | 'all'; words2021: boolean } {
  const s2 = sections.find((s) => s.spec.id === 's2');
  const s3 = sections.find((s) => s.spec.id === 's3');
  const from = s2 ? s2.firstLine : 0;
  const to = s2 ? s2.lastLine : s3 ? s3.firstLine - 1 : lines.length - 1;
  const markers = MARKERS_2019;
  const spans: Span[] = [];
  let items: Set<number> | 'all' = new Set();
  let words2021 = false;
  let item: number | undefined;
  for (let l = from; l <= to; l++) {
    const info = lines[l];
    if (info.kind !== 'row' && info.kind !== 'text' && info.kind !== 'heading') continue;
    item = articleItemHeading(info.text) ?? item;
    // Every marker and column name ends in one of these characters (even when PDF extraction spaces the words out).
    if (!hasFinalChar(info.text)) continue;
    const key = labelKey(info.text);
    words2021 ||= WORDS_2021.some((w) => key.includes(w));
    const hit = markers.find((m) => key.includes(m.key));
    if (hit) {
      // The marker word itself (本年新制作数量) when written as in the format, else the line.
      const at = info.text.indexOf(hit.raw);
      const start = at >= 0 ? info.span.start + at : info.span.start + info.indent;
      spans.push({ start, end: at >= 0 ? start + hit.raw.length : info.span.end });
      const owner = item ?? MARKER_ITEM.get(hit.raw);
      if (owner === undefined) items = 'all';
      else if (items !== 'all') items.add(owner);
    }
  }
  return { spans, items, words2021 };
}

/** The 2019 layout's marker words and their keys (format data: keyed once, not per report). */
const MARKERS_2019: readonly { readonly raw: string; readonly key: string }[] = FORMAT_2019.markers.map((m) => ({ raw: m, key: labelKey(m) }));

/** Column names of table 二 in the 2021 layout that the 2019 layout does not have (本年制发件数, 本年处理决定数量…). */
const WORDS_2021: readonly string[] = (() => {
  const old = new Set(specsOf('2019', 't2').flatMap((t) => t.columns.map((c) => labelKey(c.label))));
  return [...new Set(specsOf('2021', 't2').flatMap((t) => t.columns.map((c) => labelKey(c.label))))].filter((w) => !old.has(w) && ![...old].some((o) => o.includes(w)));
})();

/** Held as character codes: `text[i]` of a Han character builds a new string at every step. */
const FINAL_CHARS = new Set([...FORMAT_2019.markers, ...WORDS_2021].map((w) => w.charCodeAt(w.length - 1)));

function hasFinalChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FINAL_CHARS.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The sub-table a 2019 word names by itself, from the format data: 本年新制作数量 is a column of
 * 第二十条第（一）项 only; 上一年项目数量 and 本年增/减 are columns of three and name none.
 */
const MARKER_ITEM: ReadonlyMap<string, number> = new Map(
  FORMAT_2019.markers.flatMap((m) => {
    const owners = specsOf('2019', 't2').filter((t) => [t.heading, ...t.columns.map((c) => c.label), ...t.rows.map((r) => r.label)].includes(m));
    return owners.length === 1 ? [[m, owners[0].articleItem!.item!] as const] : [];
  }),
);

function toRegion(result: FamilyResult, sectionId: string): TableRegion {
  const tables: TableNode[] = [];
  const region: TableRegion = {
    sectionId,
    firstLine: result.first,
    lastLine: result.last,
    tables,
    form: result.pastedReason ? 'pasted' : 'pipe',
    formReason: result.pastedReason ? PASTED_REASON[result.pastedReason] : undefined,
    keptLines: result.kept,
    strays: result.strays,
  };
  const specs: TableSpec[] = [...result.tables];
  for (const spec of specs) {
    const rows = result.placed.filter((p) => p.node.table.id === spec.id).map((p) => p.node);
    const headingLine = result.headingLines.get(spec.id as TableId);
    if (rows.length === 0 && headingLine === undefined) continue;
    const byId = new Map<string, RowNode>();
    const duplicates: RowNode[] = [];
    for (const r of rows) {
      if (byId.has(r.spec.id)) duplicates.push(r);
      else byId.set(r.spec.id, r);
    }
    tables.push({ spec, id: spec.id as TableId, version: is2019(spec) ? '2019' : '2021', rows, byId, duplicates, region, headingLine });
  }
  return region;
}
