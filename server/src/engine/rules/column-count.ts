import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'column-count',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '某行的数字个数与表格列数不符。', en: 'A row has more or fewer figures than its table has columns.' },
  rationale: {
    zh: '数字少了（或多了）一个时，无法确定每个数字属于哪一列，因此本行数字一个也不读取、不猜测。常见原因是漏填、合并单元格或 PDF 提取丢字。',
    en: 'With a figure too few or too many, no figure can be placed in its column, so none is read or guessed. Usual causes: a missing figure, merged cells, or text lost in PDF extraction.',
  },
  example: { bad: '| 规章 | 22 | 235 |  ← 表头有三列', good: '| 规章 | 22 | 0 | 235 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const table of model.tables.values()) {
      for (const row of table.rows) {
        if (!row.columnCount) continue;
        const { found, expected } = row.columnCount;
        const span = row.figuresSpan.end > row.figuresSpan.start ? row.figuresSpan : model.source.lineSpan(row.line);
        out.push({
          span,
          message: {
            zh: `「${row.spec.label}」行有 ${found} 个数字，${table.spec.name.zh}有 ${expected} 列；无法确定各数字所属的列，本行未读取`,
            en: `“${row.spec.label}” has ${found} figure(s) but ${table.spec.name.en} has ${expected} columns; the figures cannot be placed and were not read`,
          },
        });
      }
    }
    return out;
  },
};
