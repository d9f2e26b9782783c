import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'previous-unreadable',
  category: 'structure',
  defaultSeverity: 'warning',
  description: {
    zh: '前置元数据 previous 指向的上年度报告无法读取，跨年度检查因此跳过。',
    en: "Last year's report named by the front matter's previous cannot be read, so the cross-year checks are skipped.",
  },
  rationale: {
    zh: '跨年度检查（上年结转、现行有效件数、文字雷同）需要上一年度的报告。前置元数据写明了路径，却找不到或读不出该文件（路径写错、文件已移动、不是 UTF-8 文本）时，这些检查无法进行；此时不改用工作区中同一机关的其他报告，以免比错年份。',
    en: "The cross-year rules (carry-over, documents in force, copied text) need last year's report. When the front matter names a file that is missing or unreadable (a wrong path, a moved file, not UTF-8 text), they cannot run; no other report is used instead, so as not to compare the wrong year.",
  },
  example: { bad: '---\nprevious: ./孝义市2023年政府信息公开工作年度报告.md   ← 文件不存在\n---' },
  check({ model, previousUnreadable }) {
    const previous = model.meta.previous;
    if (!previous || !previousUnreadable) return [];
    const out: Finding[] = [
      {
        span: previous.span,
        message: {
          zh: `无法读取上年度报告（${previousUnreadable.zh}），已跳过跨年度检查`,
          en: `last year's report cannot be read (${previousUnreadable.en}); the cross-year checks were skipped`,
        },
      },
    ];
    return out;
  },
};
