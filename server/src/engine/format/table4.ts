import type { ColumnSpec, RowSpec, TableSpec } from './schema';

/** Table 四: administrative reconsideration and litigation (report-format.md §4). */

const col = (id: string, label: string, short: string, zh: string, en: string): ColumnSpec => ({
  id,
  label,
  kind: 'count',
  allowUnits: [],
  variants: [short],
  explain: { zh, en },
});

export const TABLE4_COLUMNS: ColumnSpec[] = [
  col('upheld', '结果维持', '维持', '复议机关或法院维持原处理的案件数。', 'Cases where the original decision was upheld.'),
  col('corrected', '结果纠正', '纠正', '被纠正（撤销、变更、确认违法等）的案件数。', 'Cases where the decision was corrected.'),
  col('other', '其他结果', '其他', '以其他方式结案的案件数（如驳回申请、撤回）。', 'Cases closed otherwise (dismissed, withdrawn).'),
  col('pending', '尚未审结', '未审结', '年底尚未审结的案件数。', 'Cases still pending at year end.'),
  col('total', '总计', '合计', '本块四项之和：结果维持 + 结果纠正 + 其他结果 + 尚未审结。', 'Sum of the four columns of the block.'),
];

/** Official layout headers: 行政诉讼 spans the two litigation blocks. */
export const TABLE4_LITIGATION = '行政诉讼';

const block = (id: string, label: string, official: string, variants: string[], zh: string, en: string): RowSpec => ({
  id,
  label,
  body: label,
  role: 'data',
  variants: variants.map((text) => ({ text, altered: false })),
  basis: [
    { article: 50, item: 3, relation: 'basis' },
    { article: 51, relation: 'see' },
  ],
  countingNote: { zh: `官方版式中为“${official}”一组五列。`, en: `In the official layout: the five columns under “${official}”.` },
  explain: { zh, en },
});

export const TABLE4_2021: TableSpec = {
  id: 't4',
  section: 's4',
  name: { zh: '表四', en: 'table 四' },
  headerLabel: '复议诉讼情况',
  columns: TABLE4_COLUMNS,
  rows: [
    block('review', '行政复议', '行政复议', ['政府信息公开行政复议'], '因政府信息公开工作被申请行政复议的案件。', 'Administrative reconsideration cases over disclosure work.'),
    block(
      'suit-direct',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼 / 未经复议直接起诉',
      ['未经复议直接起诉', '行政诉讼未经复议直接起诉', '直接起诉'],
      '未经行政复议、直接提起行政诉讼的案件。',
      'Lawsuits filed directly, without reconsideration.',
    ),
    block(
      'suit-after',
      '行政诉讼（复议后起诉）',
      '行政诉讼 / 复议后起诉',
      ['复议后起诉', '行政诉讼复议后起诉'],
      '经行政复议后提起行政诉讼的案件。',
      'Lawsuits filed after reconsideration.',
    ),
  ],
  explain: {
    zh: '政府信息公开行政复议、行政诉讼情况。官方版式为一行 15 格：行政复议五列、行政诉讼（未经复议直接起诉、复议后起诉）各五列。',
    en: 'Reconsideration and litigation. The official layout is one row of 15 cells: five for reconsideration, five each for the two kinds of lawsuit.',
  },
};
