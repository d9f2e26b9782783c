import { FORMAT_2019, FORMATS, type FormatVersion, type TableId, type TableSpec } from '../../format';
import type { Bilingual } from '../../format/schema';
import type { RowNode, SectionNode, TableNode, TableRegion } from '../../model';
import { labelKey } from '../../text/normalize';
import type { Span } from '../../text/source';
import type { LineInfo } from '../lines';
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
  fragments: { zh: '拆散或错位的表格片段', en: 'a table broken into fragments' },
};

export function findTables(lines: readonly LineInfo[], sections: readonly SectionNode[]): TablesResult {
  const versionEvidence = layout2019Evidence(lines, sections);
  const t2Version: FormatVersion = versionEvidence.length > 0 ? '2019' : '2021';

  const regions: TableRegion[] = [];
  const tables = new Map<TableId, TableNode>();
  const claimed: [number, number][] = [];
  let t3Version: FormatVersion = '2021';

  for (const family of ['t2', 't3', 't4'] as const) {
    const range = rangeFor(family, lines, sections);
    const version = family === 't2' ? t2Version : '2021';
    let result = runFamily(lines, range, family, version, claimed);
    if (family === 't3' && result && isLayout2019(result)) {
      const again = runFamily(lines, range, family, '2019', claimed);
      if (again) {
        result = again;
        t3Version = '2019';
      }
    }
    if (!result) continue;
    claimed.push([result.first, result.last]);
    const region = toRegion(result, FAMILY_SECTION[family]);
    regions.push(region);
    for (const t of region.tables) tables.set(t.id, t);
  }
  if (t3Version === '2019') {
    const t3 = tables.get('t3');
    if (t3) versionEvidence.push(...t3.rows.filter((r) => r.spec.id === 'r6').map((r) => r.label.span));
  }
  const version: FormatVersion = t2Version === '2019' || t3Version === '2019' ? '2019' : '2021';
  return { regions, tables, version, versionEvidence };
}

function rangeFor(family: Family, lines: readonly LineInfo[], sections: readonly SectionNode[]): [number, number] | 'unclaimed' {
  const section = sections.find((s) => s.spec.id === FAMILY_SECTION[family]);
  if (section) return [section.firstLine, section.lastLine];
  void lines;
  return 'unclaimed';
}

function runFamily(
  lines: readonly LineInfo[],
  range: [number, number] | 'unclaimed',
  family: Family,
  version: FormatVersion,
  claimed: readonly [number, number][],
): FamilyResult | undefined {
  const specs = FORMATS[version].tables.filter((t) => t.id.startsWith(family === 't2' ? 't2-' : family));
  if (range !== 'unclaimed') return extractFamily(lines, range[0], range[1], family, specs, version);
  // No section heading: search the stretches no other table took, and keep the richest result.
  let best: FamilyResult | undefined;
  let from = 0;
  const stops = [...claimed].sort((a, b) => a[0] - b[0]);
  for (const [a, b] of [...stops, [lines.length, lines.length] as [number, number]]) {
    if (a - 1 >= from) {
      const r = extractFamily(lines, from, a - 1, family, specs, version);
      if (r && (!best || r.placed.length > best.placed.length)) best = r;
    }
    from = b + 1;
  }
  return best && best.placed.length >= 2 ? best : undefined;
}

/** Table 三 in the 2019 layout: （六）其他处理 carries figures and has no sub-rows. */
function isLayout2019(result: FamilyResult): boolean {
  const hasSubRows = result.placed.some((p) => p.node.spec.group === 'r6');
  return !hasSubRows && result.figuredGroups.includes('r6');
}

/**
 * The 2019 (试行) layout is present when table 二 uses its columns or rows (report-format.md §6).
 * Returns the spans of that evidence, for diagnostics.
 */
function layout2019Evidence(lines: readonly LineInfo[], sections: readonly SectionNode[]): Span[] {
  const s2 = sections.find((s) => s.spec.id === 's2');
  const s3 = sections.find((s) => s.spec.id === 's3');
  const from = s2 ? s2.firstLine : 0;
  const to = s2 ? s2.lastLine : s3 ? s3.firstLine - 1 : lines.length - 1;
  const markers = FORMAT_2019.markers.map((m) => ({ raw: m, key: labelKey(m) }));
  const out: Span[] = [];
  for (let l = from; l <= to; l++) {
    const info = lines[l];
    if (info.kind !== 'row' && info.kind !== 'text' && info.kind !== 'heading') continue;
    // Every marker has one of these characters (even when PDF extraction spaces the words out).
    if (!/[制增采九外]/.test(info.text)) continue;
    const key = labelKey(info.text);
    const hit = markers.find((m) => key.includes(m.key));
    if (hit) {
      // The marker word itself (本年新制作数量) when written as in the format, else the line.
      const at = info.text.indexOf(hit.raw);
      const start = at >= 0 ? info.span.start + at : info.span.start + info.indent;
      out.push({ start, end: at >= 0 ? start + hit.raw.length : info.span.end });
    }
  }
  return out;
}

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
    tables.push({ spec, id: spec.id as TableId, version: result.version, rows, byId, duplicates, region, headingLine });
  }
  return region;
}
