import { carriedFigures } from '../analysis/cross-year';
import { cellSubject } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'carry-over-mismatch',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '“二、上年结转”与上一年度报告的“四、结转下年度继续办理”不相等。',
    en: "二 (carried over) differs from last year's 四 (carried into next year).",
  },
  rationale: {
    zh: '上年结转到本年的申请，就是上年报告中“结转下年度继续办理”的申请，两者应当相等（勾稽关系 R5）。需要上一年度报告：前置元数据 previous，或工作区（命令行）中同一机关上一年度的报告。',
    en: "Applications carried over this year are last year's carried-into-next-year (R5). Needs last year's report: front matter `previous`, or the same agency's report of the year before in the workspace (or on the command line).",
  },
  example: { bad: '本年「二、上年结转」总计 0，上年报告「四、结转下年度继续办理」总计 3' },
  crossYear: true,
  check({ model, previous }) {
    if (!previous) return [];
    // One row against one row: a single finding naming every column that differs, on the 总计
    // cell when it differs (else on the first differing cell), so one fault is one diagnostic.
    const differing = carriedFigures(model, previous).filter((d) => d.now !== undefined && d.then !== undefined && d.now !== d.then);
    if (differing.length === 0) return [];
    const at = differing.find((d) => d.cell.column.id === 'total') ?? differing[0];
    const zh = differing.map((d) => `「${d.cell.column.label}」为 ${d.now}，上年为 ${d.then}`).join('；');
    const en = differing.map((d) => `“${d.cell.column.label}” is ${d.now}, last year ${d.then}`).join('; ');
    return [
      {
        span: at.cell.span,
        message: {
          zh: `「二、上年结转」与上一年度报告「四、结转下年度继续办理」不符：${zh}`,
          en: `二 (carried over) differs from last year's 四 (carried into next year): ${en}`,
        },
        subject: cellSubject(at.cell),
        data: { carried: at.now!, previous: at.then! },
      },
    ];
  },
};
