import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'row-label',
  category: 'structure',
  defaultSeverity: 'warning',
  description: {
    zh: '行名称与格式规定的措辞不同（如“规范性文件”“三类内容事务信息”“只计这一情况”）。',
    en: 'A row label differs from the official wording (规范性文件, 三类内容事务信息, 只计这一情况).',
  },
  rationale: {
    zh: '行名称是法定统计口径：“行政规范性文件”不同于一般的“规范性文件”，“三类内部事务信息”对应条例第十六条第一款。改动措辞容易改变口径，也妨碍汇总比对。',
    en: 'Row labels define what is counted: 行政规范性文件 is narrower than 规范性文件; 三类内部事务信息 refers to Art. 16(1). Altered wording changes the meaning and defeats comparison.',
  },
  fix: { zh: '改为官方措辞。', en: 'Use the official wording.' },
  example: { bad: '| 规范性文件 | 10 | 0 | 38 |', good: '| 行政规范性文件 | 10 | 0 | 38 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const table of model.tables.values()) {
      for (const row of table.rows) {
        if (!row.label.altered) continue;
        out.push({
          span: row.label.span,
          message: { zh: `行名称应为「${row.spec.label}」，实为「${row.label.text}」`, en: `The row label should read “${row.spec.label}”, is “${row.label.text}”` },
          fixes: [{ title: { zh: `改为「${row.spec.label}」`, en: `Change to “${row.spec.label}”` }, edits: [{ span: row.label.span, newText: row.spec.label }], preferred: true }],
        });
      }
    }
    return out;
  },
};
