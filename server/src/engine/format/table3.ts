import type { ColumnSpec, LegalRef, RowSpec, TableSpec } from './schema';

/** Table 三 of the 2021 format: applications received and handled (report-format.md §3). */

const ORG = '法人或其他组织';
const col = (id: string, label: string, zh: string, en: string, group?: string, variants: string[] = []): ColumnSpec => ({
  id,
  label,
  group,
  kind: 'count',
  allowUnits: [],
  variants,
  explain: { zh, en },
});

export const TABLE3_COLUMNS: ColumnSpec[] = [
  col('natural', '自然人', '以个人名义提出申请的。', 'Applications by natural persons.'),
  col('commercial', '商业企业', '法人或其他组织中的商业企业。', 'Legal persons or other organisations: commercial enterprises.', ORG),
  col('research', '科研机构', '法人或其他组织中的科研机构。', 'Legal persons or other organisations: research institutions.', ORG),
  col('nonprofit', '社会公益组织', '法人或其他组织中的社会公益组织。', 'Legal persons or other organisations: public-interest organisations.', ORG, ['社会公益']),
  col('legal', '法律服务机构', '法人或其他组织中的法律服务机构。', 'Legal persons or other organisations: legal service providers.', ORG),
  col('other', '其他', '法人或其他组织中的其他类型。', 'Legal persons or other organisations: other.', ORG),
  col('total', '总计', '本行六类申请人之和。', 'Sum of the six applicant columns of the row.'),
];

const basis = (article: number, more: Partial<LegalRef> = {}): LegalRef => ({ article, relation: 'basis', ...more });
const see = (article: number, more: Partial<LegalRef> = {}): LegalRef => ({ article, relation: 'see', ...more });

type RowInit = Omit<RowSpec, 'variants' | 'basis' | 'body'> & Partial<Pick<RowSpec, 'variants' | 'basis' | 'body'>>;

/** Builds a row; the body (label without its number) is derived so it is never typed twice. */
function row(init: RowInit): RowSpec {
  const body = init.body ?? init.label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');
  return { variants: [], basis: [], ...init, body };
}

export const TABLE3_ROWS: RowSpec[] = [
  row({
    id: 'new',
    label: '一、本年新收政府信息公开申请数量',
    numbering: { kind: 'top', value: 1 },
    role: 'data',
    explain: { zh: '本年度新收到的政府信息公开申请数量。', en: 'Applications received this year.' },
    basis: [see(27)],
  }),
  row({
    id: 'carried',
    label: '二、上年结转政府信息公开申请数量',
    numbering: { kind: 'top', value: 2 },
    role: 'data',
    explain: {
      zh: '上一年度未办结、结转到本年度办理的申请数量；应等于上年报告的“四、结转下年度继续办理”。',
      en: "Applications carried over from last year; should equal last year's 四、结转下年度继续办理.",
    },
  }),
  row({
    id: 'results',
    label: '三、本年度办理结果',
    numbering: { kind: 'top', value: 3 },
    role: 'group',
    explain: { zh: '本年度办结申请的处理结果，按（一）至（六）分类，（七）为总计。', en: 'Outcomes of applications concluded this year, (一)–(六), with the total in (七).' },
    basis: [see(36)],
  }),
  row({
    id: 'r1',
    label: '（一）予以公开',
    numbering: { kind: 'group', value: 1 },
    role: 'data',
    group: 'results',
    explain: { zh: '所申请信息已主动公开或可以公开，向申请人提供或告知获取方式。', en: 'Information disclosed in full (already public or disclosable).' },
    basis: [basis(36, { item: 1 }), basis(36, { item: 2 })],
  }),
  row({
    id: 'r2',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    numbering: { kind: 'group', value: 2 },
    role: 'data',
    group: 'results',
    variants: [
      { text: '部分公开', altered: true },
      { text: '部分公开（区分处理的，只计这一情况，不计其他情形）', altered: true },
    ],
    countingNote: {
      zh: '区分处理的，只计这一情形，不计其他情形：一件申请部分公开、部分不予公开的，只在本行计一次，不再计入“不予公开”等行。',
      en: 'A request answered partly (information separated) counts here once and in no other row.',
    },
    explain: { zh: '申请的信息中含有不应当公开的内容，但能够作区分处理的，提供可以公开的部分。', en: 'Partial disclosure after separating information that may not be disclosed.' },
    basis: [basis(37)],
  }),
  row({
    id: 'r3',
    label: '（三）不予公开',
    numbering: { kind: 'group', value: 3 },
    role: 'group',
    group: 'results',
    explain: { zh: '依法决定不予公开，按理由分为 8 类。', en: 'Disclosure refused, in eight categories by reason.' },
    basis: [basis(36, { item: 3 })],
  }),
  row({
    id: 'r3-1',
    label: '1.属于国家秘密',
    numbering: { kind: 'item', value: 1 },
    role: 'data',
    group: 'r3',
    explain: { zh: '依法确定为国家秘密的政府信息。', en: 'Information lawfully classified as a state secret.' },
    basis: [basis(14)],
  }),
  row({
    id: 'r3-2',
    label: '2.其他法律行政法规禁止公开',
    numbering: { kind: 'item', value: 2 },
    role: 'data',
    group: 'r3',
    explain: { zh: '法律、行政法规禁止公开的政府信息。', en: 'Information whose disclosure laws or administrative regulations prohibit.' },
    basis: [basis(14)],
  }),
  row({
    id: 'r3-3',
    label: '3.危及“三安全一稳定”',
    numbering: { kind: 'item', value: 3 },
    role: 'data',
    group: 'r3',
    explain: {
      zh: '“三安全一稳定”即国家安全、公共安全、经济安全和社会稳定：公开后可能危及其中之一的政府信息。',
      en: '“Three securities, one stability”: national, public and economic security and social stability.',
    },
    basis: [basis(14)],
  }),
  row({
    id: 'r3-4',
    label: '4.保护第三方合法权益',
    numbering: { kind: 'item', value: 4 },
    role: 'data',
    group: 'r3',
    explain: { zh: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的政府信息。', en: 'Disclosure would harm the lawful rights of a third party (trade secrets, privacy).' },
    basis: [basis(15)],
  }),
  row({
    id: 'r3-5',
    label: '5.属于三类内部事务信息',
    numbering: { kind: 'item', value: 5 },
    role: 'data',
    group: 'r3',
    variants: [{ text: '属于三类内容事务信息', altered: true }],
    explain: {
      zh: '“三类”即人事管理、后勤管理、内部工作流程等方面的内部事务信息，可以不予公开。',
      en: 'Internal affairs of three kinds: personnel, logistics, internal procedures.',
    },
    basis: [basis(16, { paragraph: 1 })],
  }),
  row({
    id: 'r3-6',
    label: '6.属于四类过程性信息',
    numbering: { kind: 'item', value: 6 },
    role: 'data',
    group: 'r3',
    explain: {
      zh: '“四类”即讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开；法律、法规、规章规定应当公开的，从其规定。',
      en: 'Process information of four kinds: discussion records, drafts, consultation letters, requests for instructions.',
    },
    basis: [basis(16, { paragraph: 2 })],
  }),
  row({
    id: 'r3-7',
    label: '7.属于行政执法案卷',
    numbering: { kind: 'item', value: 7 },
    role: 'data',
    group: 'r3',
    explain: { zh: '行政执法案卷信息，可以不予公开。', en: 'Administrative enforcement case files.' },
    basis: [basis(16, { paragraph: 2 })],
  }),
  row({
    id: 'r3-8',
    label: '8.属于行政查询事项',
    numbering: { kind: 'item', value: 8 },
    role: 'data',
    group: 'r3',
    explain: {
      zh: '法律、行政法规对信息的获取另有规定的查询事项（如工商、不动产登记资料）。此对应关系为推断，格式未作官方解释。',
      en: 'Matters with their own statutory query channel (e.g. business or real-estate registers). The mapping is an inference; the format gives no official definition.',
    },
    basis: [see(36, { item: 7 })],
  }),
  row({
    id: 'r4',
    label: '（四）无法提供',
    numbering: { kind: 'group', value: 4 },
    role: 'group',
    group: 'results',
    explain: { zh: '无法提供所申请的信息，分为 3 类。', en: 'Information cannot be provided, in three categories.' },
  }),
  row({
    id: 'r4-1',
    label: '1.本机关不掌握相关政府信息',
    numbering: { kind: 'item', value: 1 },
    role: 'data',
    group: 'r4',
    explain: { zh: '经检索没有所申请的信息，或不属于本机关负责公开。', en: 'The agency does not hold the information, or it is not the agency responsible.' },
    basis: [basis(36, { item: 4 }), basis(36, { item: 5 })],
  }),
  row({
    id: 'r4-2',
    label: '2.没有现成信息需要另行制作',
    numbering: { kind: 'item', value: 2 },
    role: 'data',
    group: 'r4',
    explain: { zh: '需要对现有信息进行加工、分析才能提供的，可以不予提供。', en: 'Providing it would require processing or analysing existing information.' },
    basis: [basis(38)],
  }),
  row({
    id: 'r4-3',
    label: '3.补正后申请内容仍不明确',
    numbering: { kind: 'item', value: 3 },
    role: 'data',
    group: 'r4',
    explain: { zh: '经告知补正后，申请内容仍不明确。', en: 'The request remained unclear after the applicant was asked to clarify it.' },
    basis: [basis(30)],
  }),
  row({
    id: 'r5',
    label: '（五）不予处理',
    numbering: { kind: 'group', value: 5 },
    role: 'group',
    group: 'results',
    explain: { zh: '不作为政府信息公开申请处理，分为 5 类。', en: 'Not handled as a disclosure request, in five categories.' },
  }),
  row({
    id: 'r5-1',
    label: '1.信访举报投诉类申请',
    numbering: { kind: 'item', value: 1 },
    role: 'data',
    group: 'r5',
    explain: { zh: '以政府信息公开申请的形式进行信访、投诉、举报等活动。', en: 'Petitions, complaints or reports made in the form of a disclosure request.' },
    basis: [basis(39, { paragraph: 1 })],
  }),
  row({
    id: 'r5-2',
    label: '2.重复申请',
    numbering: { kind: 'item', value: 2 },
    role: 'data',
    group: 'r5',
    explain: { zh: '已就申请作出答复后，申请人重复申请公开相同政府信息。', en: 'The same information requested again after a reply was given.' },
    basis: [basis(36, { item: 6 })],
  }),
  row({
    id: 'r5-3',
    label: '3.要求提供公开出版物',
    numbering: { kind: 'item', value: 3 },
    role: 'data',
    group: 'r5',
    explain: { zh: '要求提供政府公报、报刊、书籍等公开出版物，可以告知获取途径。', en: 'Requests for published material (gazettes, periodicals, books).' },
    basis: [basis(39, { paragraph: 2 })],
  }),
  row({
    id: 'r5-4',
    label: '4.无正当理由大量反复申请',
    numbering: { kind: 'item', value: 4 },
    role: 'data',
    group: 'r5',
    explain: {
      zh: '申请数量、频次明显超过合理范围，且行政机关认为申请理由不合理，告知不予处理。',
      en: 'Requests far beyond a reasonable number or frequency, without a reasonable ground.',
    },
    basis: [basis(35)],
  }),
  row({
    id: 'r5-5',
    label: '5.要求行政机关确认或重新出具已获取信息',
    numbering: { kind: 'item', value: 5 },
    role: 'data',
    group: 'r5',
    noBasisNote: {
      zh: '条例无对应的具体条款：此类别来自实践和行政指导，未找到官方出处。',
      en: 'No specific article of the Regulations: the category comes from practice and administrative guidance.',
    },
    explain: { zh: '要求行政机关确认、或重新出具申请人已获取的信息。', en: 'Requests to certify or re-issue information the applicant already has.' },
  }),
  row({
    id: 'r6',
    label: '（六）其他处理',
    numbering: { kind: 'group', value: 6 },
    role: 'group',
    group: 'results',
    explain: { zh: '其他处理情形，分为 3 类。', en: 'Other outcomes, in three categories.' },
  }),
  row({
    id: 'r6-1',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    numbering: { kind: 'item', value: 1 },
    role: 'data',
    group: 'r6',
    explain: { zh: '申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理。', en: 'The applicant failed to clarify in time without good reason; the request is deemed withdrawn.' },
    basis: [basis(30)],
  }),
  row({
    id: 'r6-2',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    numbering: { kind: 'item', value: 2 },
    role: 'data',
    group: 'r6',
    explain: {
      zh: '申请人逾期未按收费通知缴纳信息处理费，视为放弃申请（见《政府信息公开信息处理费管理办法》）。',
      en: 'The applicant did not pay the processing fee notified in time; the request is deemed withdrawn.',
    },
    basis: [see(42)],
  }),
  row({
    id: 'r6-3',
    label: '3.其他',
    numbering: { kind: 'item', value: 3 },
    role: 'data',
    group: 'r6',
    explain: { zh: '不属于以上任何情形的其他处理（如申请人撤回申请）。', en: 'Any other outcome (e.g. the applicant withdrew the request).' },
  }),
  row({
    id: 'r7',
    label: '（七）总计',
    numbering: { kind: 'group', value: 7 },
    role: 'total',
    group: 'results',
    explain: {
      zh: '本年度办结的申请总数：（一）+（二）+（三）+（四）+（五）+（六）各项之和。',
      en: 'Applications concluded this year: the sum of (一) to (六).',
    },
  }),
  row({
    id: 'next',
    label: '四、结转下年度继续办理',
    numbering: { kind: 'top', value: 4 },
    role: 'data',
    explain: {
      zh: '年底尚未办结、结转到下一年度继续办理的申请数量。',
      en: 'Applications still open at year end, carried into next year.',
    },
  }),
];

export const TABLE3_2021: TableSpec = {
  id: 't3',
  section: 's3',
  name: { zh: '表三', en: 'table 三' },
  headerLabel: '申请人情况',
  columns: TABLE3_COLUMNS,
  rows: TABLE3_ROWS,
  explain: {
    zh: '收到和处理政府信息公开申请情况。本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。',
    en: 'Applications received and handled. Printed consistency rule: item 一 + item 二 = item 三 + item 四.',
  },
};

/** The consistency note printed in the top-left header cell of the official table 三. */
export const TABLE3_BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
