import type { CellNode, ReportModel, RowNode, TableNode, TableRegion } from '../model';
import type { TextEdit } from '../text/edit';
import { canonicalNumber } from '../text/numbers';
import { isBlockMarkerWhenFlush } from '../parse/lines';
import { canonicalTablesText, isAlignedTable, type RowTexts } from './canonical';

/** The mark for a figure that could not be read from the source (never a guess). */
export const UNREADABLE = '?';
/** Comment prefix for source lines whose figures fit no row: 「未归入表格 / unplaced:」. */
export const UNPLACED_MARK = 'govreport 未归入表格 / unplaced:';

/** How a cell is written in canonical form: figures canonically, anything else as it was. */
function cellText(cell: CellNode): string {
  switch (cell.parsed.status) {
    case 'ok':
    case 'styled':
      return canonicalNumber(cell.parsed.value!) + allowedUnit(cell);
    case 'empty':
      return '';
    case 'unreadable':
      return UNREADABLE;
    default:
      return cell.raw.replace(/\|/g, '\\|');
  }
}

/**
 * The unit a figure is written with, when its column allows one (a 2019 采购总金额 of 「120万元」):
 * it is part of the figure — 120 万元 is not 120 元 — and stays with it.
 */
function allowedUnit(cell: CellNode): string {
  const raw = cell.raw.replace(/[*\s]/g, '');
  return [...cell.column.allowUnits].sort((a, b) => b.length - a.length).find((u) => raw.endsWith(u)) ?? '';
}

/**
 * The canonical pipe tables for a region, with every figure carried over. Rows whose figures
 * could not be placed are written with「?」cells; official rows absent from a damaged region
 * (one with stray figures) are written with「?」too, since their figures may be among the
 * strays; otherwise absent rows stay absent (rule row-missing offers to add them).
 */
export function regionRowTexts(region: TableRegion): RowTexts {
  const texts = new Map<string, string[]>();
  const damaged = region.strays.length > 0;
  for (const table of region.tables) {
    for (const row of table.rows) {
      if (texts.has(row.spec.id)) continue;
      texts.set(row.spec.id, row.cells.length > 0 ? row.cells.map(cellText) : table.spec.columns.map(() => UNREADABLE));
    }
    if (damaged) {
      for (const row of table.spec.rows) {
        if (row.role !== 'group' && !texts.has(row.id)) texts.set(row.id, table.spec.columns.map(() => UNREADABLE));
      }
    }
  }
  return texts;
}

/**
 * Rows that repeat an official row with other figures (rule row-duplicate). The first is
 * written in the table; which one counts is the user's call, so the others are kept as
 * unplaced lines rather than dropped. A repeat with the same figures loses nothing.
 */
function differingDuplicates(region: TableRegion): RowNode[] {
  return region.tables.flatMap((table) =>
    table.duplicates.filter((dup) => {
      const first = table.byId.get(dup.spec.id);
      return first !== undefined && dup.cells.map(cellText).join('|') !== first.cells.map(cellText).join('|');
    }),
  );
}

/**
 * Whether the canonical text of a region includes a table. A table of no rows, named only by a
 * heading outside the region's lines (a sub-table heading at its end, with nothing under it),
 * is not written: the heading stays where it is, and writing the table again on every convert
 * would add a table each time.
 */
function writes(region: TableRegion, table: TableNode): boolean {
  if (table.rows.length > 0 || region.strays.length > 0) return true;
  return table.headingLine !== undefined && table.headingLine >= region.firstLine && table.headingLine <= region.lastLine;
}

/**
 * The lines of other content in a region (prose between the rows), as a rewrite of the region
 * writes them after its tables: trimmed, except a line that trimmed would become a code fence
 * or a heading (「    ```」) and take the rest of the document with it.
 */
export function keptLineTexts(src: ReportModel['source'], region: TableRegion): string[] {
  return region.keptLines
    .map((l) => src.lineText(l))
    .map((text) => (isBlockMarkerWhenFlush(text) ? text.trimEnd() : text.trim()))
    .filter((t) => t !== '');
}

/** Whether every pipe table among the lines [first, last] is written aligned. */
function pipeBlocksAligned(src: ReportModel['source'], first: number, last: number): boolean {
  const blocks: string[][] = [[]];
  for (let l = first; l <= last; l++) {
    const text = src.lineText(l);
    if (text.trimStart().startsWith('|')) blocks[blocks.length - 1].push(text);
    else if (blocks[blocks.length - 1].length > 0) blocks.push([]);
  }
  const tables = blocks.filter((b) => b.length > 0);
  return tables.length > 0 && tables.every(isAlignedTable);
}

/** Replaces a table region with canonical pipe tables; lines of other content are kept after them. */
export function convertRegionEdit(model: ReportModel, region: TableRegion): TextEdit {
  const src = model.source;
  const eol = src.eol;
  // Each table in its own layout (a 2019 sub-table may stand among 2021 ones), in official order.
  const specs = region.tables.filter((t) => writes(region, t)).map((t) => t.spec);
  // A pipe table written aligned stays aligned; a pasted one is written as govreport writes tables.
  const style = region.form === 'pipe' && pipeBlocksAligned(src, region.firstLine, region.lastLine) ? 'aligned' : undefined;
  const tables = canonicalTablesText(specs, regionRowTexts(region), eol, { rows: (r) => regionRowTexts(region).has(r.id), style });
  const kept = keptLineTexts(src, region);
  // Figures that fit no row, and a repeated row's other figures, are kept, visibly marked, so
  // that nothing of the source is lost.
  const unplaced = [...region.strays.map((s) => s.span), ...differingDuplicates(region).map((r) => src.linesSpan(r.line, r.lastLine))];
  const strays = unplaced.map((span) => `<!-- ${UNPLACED_MARK} ${src.slice(span).trim().replace(/\s*\n\s*/g, ' ').replace(/--/g, '- -')} -->`);
  const after = [...kept, ...strays];
  const text = after.length > 0 ? `${tables}${eol}${eol}${after.join(eol)}` : tables;
  return { span: src.linesSpan(region.firstLine, lastLineWritten(model, region)), newText: text };
}

const PIPE_DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/**
 * The last line the canonical text replaces: the region's, and the delimiter row right after
 * it when the region ends on a pipe header (a sub-table heading with no rows under it). Left
 * in place, that delimiter gained a twin on every convert.
 */
function lastLineWritten(model: ReportModel, region: TableRegion): number {
  const src = model.source;
  const last = region.lastLine;
  if (last + 1 >= src.lineCount || !src.lineText(last).trim().startsWith('|')) return last;
  const next = src.lineText(last + 1).trim();
  return next.includes('-') && next.includes('|') && PIPE_DELIMITER.test(next) ? last + 1 : last;
}
