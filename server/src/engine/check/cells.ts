import type { CellNode, ReportModel, RowNode } from '../model';
import type { Bilingual } from '../format/schema';
import type { SourceText, Span } from '../text/source';
import type { TextEdit } from '../rules/types';

/** Every placed cell of every statutory table, with its row. */
export function* allCells(model: ReportModel): Generator<{ row: RowNode; cell: CellNode }> {
  for (const table of model.tables.values()) {
    for (const row of table.rows) for (const cell of row.cells) yield { row, cell };
  }
}

/** 「表三「（一）予以公开」「总计」」: where a cell is, in the words of the format. */
export function cellPlace(row: RowNode, cell: CellNode): Bilingual {
  const single = row.table.columns.length === 1;
  return {
    zh: `${row.table.name.zh}「${row.spec.label}」${single ? '' : `「${cell.column.label}」`}`,
    en: `${row.table.name.en}, “${row.spec.label}”${single ? '' : `, “${cell.column.label}”`}`,
  };
}

/** A visible range for a cell: an empty cell between two tabs is widened to the tab after it. */
export function cellDiagnosticSpan(source: SourceText, cell: CellNode): Span {
  if (cell.span.end > cell.span.start) return cell.span;
  const line = source.lineAt(cell.span.start);
  const end = source.lineEnd(line);
  if (cell.span.start < end) return { start: cell.span.start, end: cell.span.start + 1 };
  return { start: Math.max(source.lineStarts[line], cell.span.start - 1), end: cell.span.start };
}

/** Replaces a cell's content; an empty pipe cell keeps the spacing of its neighbours. */
export function setCellText(cell: CellNode, text: string): TextEdit {
  const whitespaceOnly = cell.raw === '' && cell.span.end > cell.span.start;
  return { span: cell.span, newText: whitespaceOnly ? ` ${text} ` : text };
}
