import { FORMAT_2021 } from '../format';
import type { ReportModel, TableRegion } from '../model';
import type { TextEdit } from '../text/edit';
import { canonicalTablesText } from './canonical';
import { keptLineTexts, regionRowTexts, UNREADABLE } from './region';

/**
 * Rewrites tables in the 2019 (试行) layout in the 2021 layout, carrying over the figures
 * whose meaning is unchanged (columns with `mapsTo` in the format data) and marking the
 * rest「?」: the 2021 columns 本年废止件数 and 现行有效件数 have no 2019 counterpart, and a
 * （六）其他处理 figure cannot be split into the three new sub-rows — unless it is 0, which
 * means 0 in each.
 */
export function upgradeEdits(model: ReportModel): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const region of model.regions) {
    if (!region.tables.some((t) => t.version === '2019')) continue;
    edits.push(upgradeRegion(model, region));
  }
  return edits;
}

function upgradeRegion(model: ReportModel, region: TableRegion): TextEdit {
  const old = regionRowTexts(region);
  const texts = new Map<string, readonly string[]>();
  const ids = new Set(region.tables.map((t) => t.id as string));
  const targets = FORMAT_2021.tables.filter((t) => ids.has(t.id) || (ids.has('t2-1') && t.id.startsWith('t2-')));
  for (const spec of targets) {
    const oldTable = region.tables.find((t) => t.id === spec.id);
    for (const row of spec.rows) {
      if (row.role === 'group') continue;
      if (spec.id === 't3' && row.group === 'r6') {
        const six = old.get('r6');
        const allZero = six !== undefined && six.every((c) => c === '0');
        texts.set(row.id, spec.columns.map(() => (allZero ? '0' : UNREADABLE)));
        continue;
      }
      const cells = old.get(row.id);
      if (!cells) continue;
      if (!oldTable || oldTable.spec === spec) {
        texts.set(row.id, cells);
        continue;
      }
      texts.set(
        row.id,
        spec.columns.map((col) => {
          const i = oldTable.spec.columns.findIndex((c) => c.mapsTo === col.id || c.id === col.id);
          return i >= 0 ? (cells[i] ?? UNREADABLE) : UNREADABLE;
        }),
      );
    }
  }
  const src = model.source;
  const tables = canonicalTablesText(targets, texts, src.eol);
  const kept = keptLineTexts(src, region);
  return { span: src.linesSpan(region.firstLine, region.lastLine), newText: kept.length ? `${tables}${src.eol}${src.eol}${kept.join(src.eol)}` : tables };
}
