import { formatDate } from '../text/dates';
import { publicationOf } from '../domain/deadline';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'publish-date',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '公布日期不在法定期间：在报告年度结束之前（错误），或晚于条例第四十九条的期限（部门 1 月 31 日，人民政府 3 月 31 日）。',
    en: 'Published before the report year ended (error), or after the Art. 49 deadline: 31 January for departments, 31 March for governments (warning).',
  },
  rationale: {
    zh: '条例第四十九条：县级以上人民政府部门应当在每年1月31日前公布上一年度报告；县级以上地方人民政府的报告由政府信息公开工作主管部门在每年3月31日前公布。年度结束前发布的报告不可能涵盖全年。乡镇人民政府未列入第四十九条，按所在县的要求执行，此处只检查是否早于年度结束。',
    en: 'Art. 49 sets 31 January (departments) and 31 March (governments at county level and above). A report dated within its own year cannot cover the year. Townships are not named in Art. 49; only the too-early case is checked for them.',
  },
  example: { bad: '（2024 年度报告）落款：2025 年 2 月 10 日 — 部门应在 1 月 31 日前公布' },
  check({ model }) {
    const published = model.meta.published;
    const year = model.meta.year?.value;
    if (!published || year === undefined) return [];
    const kind = model.meta.agencyKind?.value;
    const { status, deadline } = publicationOf({ year, published: published.value, agencyKind: kind, agency: model.meta.agency?.value });
    const date = published.value;
    if (status === 'early') {
      return [
        {
          span: published.span,
          severity: 'error',
          message: {
            zh: `公布日期 ${formatDate(date, 'zh')} 在 ${year} 年度结束之前，报告不可能涵盖全年`,
            en: `Published on ${formatDate(date, 'en')}, before the ${year} year ended: the report cannot cover the whole year`,
          },
        },
      ];
    }
    if (status !== 'late' || !deadline) return [];
    const who = kind === 'department' ? { zh: '政府部门', en: 'a department' } : { zh: '人民政府', en: 'a government' };
    return [
      {
        span: published.span,
        message: {
          zh: `公布日期 ${formatDate(date, 'zh')} 晚于条例第四十九条规定的期限：${who.zh}应在 ${formatDate(deadline, 'zh')} 前公布`,
          en: `Published on ${formatDate(date, 'en')}, after the Art. 49 deadline: ${who.en} must publish by ${formatDate(deadline, 'en')}`,
        },
      },
    ];
  },
};
