import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'row-unknown',
  category: 'structure',
  defaultSeverity: 'warning',
  description: {
    zh: '统计表中有一行（或一组数字）不属于任何法定表格行。',
    en: 'A row (or a line of figures) in a table belongs to no official row.',
  },
  rationale: {
    zh: '统一格式不允许自行增加行。从 PDF 提取的表格中，这往往是错位后无法归位的数字：工具不会猜测它属于哪一行，请对照原件核实。',
    en: 'The format allows no extra rows. In tables extracted from PDFs this is usually a figure that lost its row; it is not guessed — check the original.',
  },
  example: { bad: '| 其他事项 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const region of model.regions) {
      for (const stray of region.strays) {
        // The row's label when it has one (「其他事项」), else the line of figures.
        const text = model.source.slice(stray.span).trim();
        const start = stray.span.start + (model.source.slice(stray.span).length - model.source.slice(stray.span).trimStart().length);
        out.push({
          span: stray.labelSpan ?? { start, end: start + text.length },
          message: {
            zh: `这一行的 ${stray.figures} 个数字不属于${region.tables[0]?.spec.name.zh ?? '统计表'}的任何一行，未读取`,
            en: `The ${stray.figures} figure(s) on this line belong to no row of ${region.tables[0]?.spec.name.en ?? 'the table'} and were not read`,
          },
        });
      }
    }
    return out;
  },
};
