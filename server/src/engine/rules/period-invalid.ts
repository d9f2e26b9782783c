import { formatDate } from '../text/dates';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'period-invalid',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '统计期限不是报告年度的 1 月 1 日至 12 月 31 日。',
    en: 'The statistics period is not 1 January – 31 December of the report year.',
  },
  rationale: {
    zh: '年度报告统计一个完整的自然年度。统计期限止于 12 月 30 日、或年份与报告年度不符，都说明数据或文字有误。',
    en: 'The report covers one calendar year; a period ending on 30 December, or in another year, means the figures or the text are wrong.',
  },
  example: { bad: '统计期限自 2021 年 1 月 1 日起至 2021 年 12 月 30 日止', good: '统计期限自 2021 年 1 月 1 日起至 2021 年 12 月 31 日止' },
  check({ model }) {
    const period = model.meta.period;
    const year = model.meta.year?.value ?? period?.start.year;
    const garbled = model.meta.periodUnreadable;
    if (!period && garbled) {
      const written = model.source.slice(garbled);
      const should = year === undefined ? { zh: '某年1月1日至12月31日', en: '1 January to 31 December of the report year' } : { zh: `${year}年1月1日至${year}年12月31日`, en: `${year}-01-01 to ${year}-12-31` };
      return [
        {
          span: garbled,
          message: {
            zh: `统计期限“${written}”不是可读的日期：应为 ${should.zh}`,
            en: `The statistics period “${written}” is not a readable pair of dates: it should be ${should.en}`,
          },
        },
      ];
    }
    if (!period || year === undefined) return [];
    const { start, end } = period;
    const startOk = start.year === year && start.month === 1 && start.day === 1;
    const endOk = end.year === year && end.month === 12 && end.day === 31;
    if (startOk && endOk) return [];
    // Point at the wrong date when only one is wrong (「至 2021 年 12 月 30 日」), else at the whole period.
    const out: Finding[] = [
      {
        span: startOk ? period.endSpan : endOk ? period.startSpan : period.span,
        message: {
          zh: `统计期限应为 ${year}年1月1日至${year}年12月31日，实为 ${formatDate(start, 'zh')}至${formatDate(end, 'zh')}`,
          en: `The statistics period should be ${year}-01-01 to ${year}-12-31, is ${formatDate(start, 'en')} to ${formatDate(end, 'en')}`,
        },
      },
    ];
    return out;
  },
};
