import type { ColumnSpec, RowSpec, TableSpec } from './schema';

/** Table 二 of the 2021 format: the four 第二十条 sub-tables (report-format.md §2). */

/** The label column's header in each sub-table of table 二. */
export const TABLE2_LABEL_HEADER = '信息内容';

const issued: ColumnSpec[] = [
  {
    id: 'issued',
    label: '本年制发件数',
    kind: 'count',
    allowUnits: [],
    variants: [],
    explain: { zh: '本年度新制发的件数。', en: 'Number issued this year.' },
  },
  {
    id: 'repealed',
    label: '本年废止件数',
    kind: 'count',
    allowUnits: [],
    variants: [],
    explain: { zh: '本年度废止的件数。', en: 'Number repealed this year.' },
  },
  {
    id: 'in-force',
    label: '现行有效件数',
    kind: 'count',
    allowUnits: [],
    variants: ['现行有效件数（历史累计）'],
    explain: {
      zh: '截至年底现行有效的件数；一般约等于上年现行有效件数 + 本年制发件数 − 本年废止件数。',
      en: "In force at year end; normally last year's figure + issued − repealed.",
    },
  },
];

const decisions: ColumnSpec = {
  id: 'decisions',
  label: '本年处理决定数量',
  kind: 'count',
  allowUnits: [],
  variants: [],
  explain: { zh: '本年度作出的处理决定数量。', en: 'Decisions made this year.' },
};

const rule = (id: string, label: string, item: number, explain: RowSpec['explain'], variants: RowSpec['variants'] = []): RowSpec => ({
  id,
  label,
  body: label,
  role: 'data',
  variants,
  basis: [{ article: 20, item, relation: 'basis' }],
  explain,
});

export const TABLE2_2021: TableSpec[] = [
  {
    id: 't2-1',
    section: 's2',
    name: { zh: '表二第二十条第（一）项', en: 'table 二, Art. 20(1)' },
    labelHeader: TABLE2_LABEL_HEADER,
    headerLabel: '第二十条第（一）项',
    heading: '第二十条第（一）项',
    articleItem: { article: 20, item: 1, relation: 'basis' },
    columns: issued,
    rows: [
      rule('rules', '规章', 1, {
        zh: '本机关制定的规章。只有具有规章制定权的机关（国务院部门，省、自治区、直辖市和设区的市、自治州人民政府）才可能有非零数字；县、县级市、区、乡镇及其部门应为 0。',
        en: 'Rules made by the agency. Only bodies with rule-making power (State Council departments; governments of provinces, cities with districts and autonomous prefectures) can have figures other than 0.',
      }),
      rule(
        'normative',
        '行政规范性文件',
        1,
        {
          zh: '本机关制发的行政规范性文件。',
          en: 'Administrative normative documents issued by the agency.',
        },
        [{ text: '规范性文件', altered: true }],
      ),
    ],
    explain: {
      zh: '条例第二十条第（一）项：行政法规、规章和规范性文件。',
      en: 'Art. 20(1): administrative regulations, rules and normative documents.',
    },
  },
  {
    id: 't2-5',
    section: 's2',
    name: { zh: '表二第二十条第（五）项', en: 'table 二, Art. 20(5)' },
    labelHeader: TABLE2_LABEL_HEADER,
    headerLabel: '第二十条第（五）项',
    heading: '第二十条第（五）项',
    articleItem: { article: 20, item: 5, relation: 'basis' },
    columns: [decisions],
    rows: [rule('licensing', '行政许可', 5, { zh: '本年度作出的行政许可决定。', en: 'Administrative licensing decisions made this year.' })],
    explain: { zh: '条例第二十条第（五）项：行政许可的办理结果。', en: 'Art. 20(5): results of administrative licensing.' },
  },
  {
    id: 't2-6',
    section: 's2',
    name: { zh: '表二第二十条第（六）项', en: 'table 二, Art. 20(6)' },
    labelHeader: TABLE2_LABEL_HEADER,
    headerLabel: '第二十条第（六）项',
    heading: '第二十条第（六）项',
    articleItem: { article: 20, item: 6, relation: 'basis' },
    columns: [decisions],
    rows: [
      rule('penalty', '行政处罚', 6, { zh: '本年度作出的行政处罚决定。', en: 'Administrative penalty decisions made this year.' }),
      rule('coercion', '行政强制', 6, { zh: '本年度作出的行政强制决定。', en: 'Administrative coercion decisions made this year.' }),
    ],
    explain: { zh: '条例第二十条第（六）项：行政处罚、行政强制。', en: 'Art. 20(6): administrative penalties and coercion.' },
  },
  {
    id: 't2-8',
    section: 's2',
    name: { zh: '表二第二十条第（八）项', en: 'table 二, Art. 20(8)' },
    labelHeader: TABLE2_LABEL_HEADER,
    headerLabel: '第二十条第（八）项',
    heading: '第二十条第（八）项',
    articleItem: { article: 20, item: 8, relation: 'basis' },
    columns: [
      {
        id: 'amount',
        label: '本年收费金额（单位：万元）',
        kind: 'money',
        allowUnits: [],
        variants: ['本年收费金额', '本年收费金额(万元)'],
        explain: {
          zh: '本年度收取的行政事业性收费金额，单位万元，可为小数。注意：这不是第六部分报告的信息处理费。',
          en: 'Administrative fees collected this year, in 10,000 yuan, decimals allowed. Not the information processing fee reported in section 六.',
        },
      },
    ],
    rows: [
      rule('fees', '行政事业性收费', 8, {
        zh: '行政事业性收费（条例第二十条第（八）项）。',
        en: 'Administrative and institutional fees (Art. 20(8)).',
      }),
    ],
    explain: { zh: '条例第二十条第（八）项：行政事业性收费项目及其依据、标准。', en: 'Art. 20(8): administrative fees, their basis and rates.' },
  },
];
