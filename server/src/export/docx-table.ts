import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextDirection, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { LayoutCell, LayoutTable } from '../engine';
import { font, FONTS, SIZES, TEXT_WIDTH } from './docx-style';

/**
 * A statutory table in the Word document, cell for cell from the layout model: docx takes
 * `rowSpan` / `columnSpan` with the same meaning as HTML (it writes vMerge restart/continue and
 * gridSpan), so the official merges come out as the layout model has them.
 */

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/**
 * Tables up to this many rows are kept on one page (table 二, table 四); in longer ones, the
 * header stays with the first FIRST_ROWS body rows (a table never starts with a sliver at the
 * foot of a page) and a merged group of up to KEEP_TOGETHER rows is not split.
 */
const KEEP_TOGETHER = 16;
/** Height of one character of table text set vertically (五号, 10.5 pt, with a little leading), in twips. */
const CHAR_HEIGHT = 230;
const FIRST_ROWS = 6;

export function docxTable(table: LayoutTable): Table {
  const together = table.rows.length <= KEEP_TOGETHER;
  const grouped = new Set<number>();
  const minHeight = new Array<number>(table.rows.length).fill(0);
  table.rows.forEach((row, i) => {
    for (const c of row.cells) {
      if (!row.header && c.rowSpan > 1 && c.rowSpan <= KEEP_TOGETHER) for (let k = i; k < i + c.rowSpan - 1; k++) grouped.add(k);
      // Word and LibreOffice do not grow rows to fit vertical text: give the rows under it the height it needs.
      if (c.vertical) for (let k = i; k < i + c.rowSpan; k++) minHeight[k] = Math.max(minHeight[k], Math.ceil((c.text.length * CHAR_HEIGHT + 120) / c.rowSpan));
    }
  });
  const total = table.widths.reduce((a, b) => a + b, 0);
  const columnWidths = table.widths.map((w) => Math.round((TEXT_WIDTH * w) / total));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: BORDERS,
    rows: table.rows.map(
      (row, i) =>
        new TableRow({
          // The header rows repeat on every page the table runs onto; no row is split across pages.
          tableHeader: i < table.headRows || undefined,
          cantSplit: true,
          height: minHeight[i] > 0 ? { value: minHeight[i], rule: HeightRule.ATLEAST } : undefined,
          keepNext: i < table.rows.length - 1 && (together || i < table.headRows + FIRST_ROWS || grouped.has(i)),
          children: row.cells.map(docxCell),
        }),
    ),
  });
}

function docxCell(cell: LayoutCell): TableCell {
  // Row labels and sub-table headings read left to right; merged group labels and figures are centred.
  const alignment = (cell.role === 'label' && cell.rowSpan === 1) || cell.role === 'caption' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    textDirection: cell.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment,
        spacing: { line: 280, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
        indent: { firstLine: 0 },
        children: [new TextRun({ text: cell.text, font: font(FONTS.table), size: SIZES.table, bold: cell.role === 'caption' })],
      }),
    ],
  });
}
