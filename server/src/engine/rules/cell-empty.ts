import { cellDiagnosticSpan, cellPlace, cellSubject, setCellText } from '../analysis/cells';
import type { Finding, Fix, Rule } from './types';

export const rule: Rule = {
  id: 'cell-empty',
  category: 'cells',
  defaultSeverity: 'error',
  description: {
    zh: '格式要求填写数字的单元格为空。',
    en: 'A cell where the format requires a figure is empty.',
  },
  rationale: {
    zh: '空白单元格不能读作 0：读者无法判断是“没有”还是“漏填”，勾稽关系也无法核对。没有发生的事项应填 0。从网页或 PDF 复制的表格中，“·”等占位符也视为空白。',
    en: 'A blank is not a zero: readers cannot tell "none" from "not filled in", and totals cannot be checked. Write 0 for none. Placeholders such as “·” left by extraction count as blank.',
  },
  fix: { zh: '填入 0；也可把本表所有空白单元格一次填为 0。', en: 'Fill with 0; or fill every empty cell of the table with 0.' },
  example: { bad: '| 行政复议 |  |  |  |  |  |', good: '| 行政复议 | 0 | 0 | 0 | 0 | 0 |' },
  check({ model, analysis }) {
    const empties = analysis.cellsWith('empty');
    // One "fill the whole table" fix per table, shared by the findings of its cells.
    const fillTable = (tableId: string, name: { zh: string; en: string }): Fix => {
      const edits = empties.filter((e) => e.row.table.id === tableId).map((e) => setCellText(model.source, e.cell, '0'));
      return { title: { zh: `把${name.zh}的空白单元格全部填为 0（${edits.length} 处）`, en: `Fill all ${edits.length} empty cells of ${name.en} with 0` }, edits };
    };
    return empties.map(({ row, cell }): Finding => {
      const place = cellPlace(row, cell);
      const inTable = empties.reduce((n, e) => n + (e.row.table === row.table ? 1 : 0), 0);
      return {
        span: cellDiagnosticSpan(model.source, cell),
        message: {
          zh: `${place.zh}为空：须填写数字，没有则填 0`,
          en: `Empty cell (${place.en}): a figure is required; write 0 for none`,
        },
        fixes: () => [
          { title: { zh: '填入 0', en: 'Fill with 0' }, edits: [setCellText(model.source, cell, '0')], preferred: true },
          ...(inTable > 1 ? [fillTable(row.table.id, row.table.name)] : []),
        ],
        subject: cellSubject(cell),
      };
    });
  },
};
