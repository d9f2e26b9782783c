import type { SectionSpec } from './schema';

/** The six sections of the report, identical in the 2019 and 2021 formats (report-format.md §1). */
export const SECTIONS: SectionSpec[] = [
  {
    id: 's1',
    number: 1,
    title: '总体情况',
    variants: [],
    match: [['总体情况']],
    outdated: ['概述'],
    requires: {
      zh: '概述本机关贯彻落实《条例》的情况，涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面。各级人民政府的报告在监督保障部分还应包括工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项）。',
      en: "An overview of the agency's work under the Regulations: proactive disclosure, disclosure on request, information management, disclosure platforms, supervision. Reports of people's governments must also give the results of appraisal, public evaluation and accountability (Art. 50(4)).",
    },
    basis: [
      { article: 50, relation: 'basis' },
      { article: 46, relation: 'see' },
    ],
    tables: [],
  },
  {
    id: 's2',
    number: 2,
    title: '主动公开政府信息情况',
    variants: ['主动公开政府信息的情况'],
    match: [['主动公开政府信息']],
    outdated: [],
    requires: {
      zh: '以统计表报告条例第二十条第（一）（五）（六）（八）项信息的主动公开情况。',
      en: 'Statistics tables on the proactive disclosure of the items of Art. 20(1), (5), (6) and (8).',
    },
    basis: [
      { article: 50, item: 1, relation: 'basis' },
      { article: 20, relation: 'basis' },
    ],
    tables: ['t2-1', 't2-5', 't2-6', 't2-8'],
  },
  {
    id: 's3',
    number: 3,
    title: '收到和处理政府信息公开申请情况',
    variants: [],
    match: [
      ['政府信息公开申请', '收到'],
      ['政府信息公开申请', '处理'],
    ],
    outdated: ['依申请公开和不予公开情况', '依申请公开情况'],
    requires: {
      zh: '以统计表报告本年新收、上年结转、办理结果及结转下年度的政府信息公开申请数量，按申请人类型分列。',
      en: 'A statistics table of applications received, carried over, their outcomes and those carried into next year, by type of applicant.',
    },
    basis: [{ article: 50, item: 2, relation: 'basis' }],
    tables: ['t3'],
  },
  {
    id: 's4',
    number: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
    ],
    match: [['行政复议', '行政诉讼']],
    outdated: [],
    requires: {
      zh: '以统计表报告因政府信息公开工作被申请行政复议、提起行政诉讼的情况及其结果。',
      en: 'A statistics table of administrative reconsiderations and lawsuits over disclosure work, with their results.',
    },
    basis: [
      { article: 50, item: 3, relation: 'basis' },
      { article: 51, relation: 'see' },
    ],
    tables: ['t4'],
  },
  {
    id: 's5',
    number: 5,
    title: '存在的主要问题及改进情况',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题和改进措施',
      '存在的主要问题及整改措施',
      '存在的主要问题及改进措施',
    ],
    match: [
      ['问题', '改进'],
      ['问题', '整改'],
    ],
    outdated: [],
    requires: {
      zh: '说明政府信息公开工作存在的主要问题及改进情况（实践中也说明上一年度提出的改进措施的落实情况）。',
      en: "The main problems of the disclosure work and the improvements made (in practice also how last year's promised improvements were carried out).",
    },
    basis: [{ article: 50, item: 4, relation: 'basis' }],
    tables: [],
  },
  {
    id: 's6',
    number: 6,
    title: '其他需要报告的事项',
    variants: [],
    match: [['其他需要报告']],
    outdated: ['收费及减免'],
    requires: {
      zh: '其他需要报告的事项。收取信息处理费的情况在此报告（格式附注：“收取信息处理费情况在此处报告”）。',
      en: 'Other matters. The information processing fee collected is reported here (template note: “收取信息处理费情况在此处报告”).',
    },
    basis: [
      { article: 50, item: 5, relation: 'basis' },
      { article: 42, relation: 'see' },
    ],
    tables: [],
  },
];
