import type { ColumnSpec, RowSpec, TableSpec } from './schema';
import { TABLE2_2021, TABLE2_LABEL_HEADER } from './table2';
import { TABLE3_2021 } from './table3';

/**
 * The 2019 (试行) layout, as far as needed to recognise it and convert it (report-format.md §6).
 * Only table 二 and row （六） differ from 2021; everything else is shared with the 2021 data.
 */

const c = (id: string, label: string, kind: ColumnSpec['kind'], zh: string, en: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  id,
  label,
  kind,
  allowUnits: [],
  variants: [],
  explain: { zh, en },
  ...more,
});

const prevItems = c('prev-items', '上一年项目数量', 'count', '上一年的项目数量（2019 年格式）。', 'Items last year (2019 format).');
const change = c('change', '本年增/减', 'delta', '本年增减的项目数量，可为负数（2019 年格式）。', 'Change this year, may be negative (2019 format).', {
  variants: ['本年增减', '本年增／减'],
});
const decisions = c('decisions-2019', '处理决定数量', 'count', '处理决定数量（2019 年格式）。', 'Decisions (2019 format).', { mapsTo: 'decisions' });

const t2021 = (id: string): TableSpec => {
  const t = TABLE2_2021.find((x) => x.id === id);
  if (!t) throw new Error(`format data: no 2021 table ${id}`);
  return t;
};
const row2021 = (tableId: string, rowId: string): RowSpec => {
  const r = t2021(tableId).rows.find((x) => x.id === rowId);
  if (!r) throw new Error(`format data: no row ${rowId}`);
  return r;
};

const plain = (id: string, label: string, item: number, zh: string, en: string): RowSpec => ({
  id,
  label,
  body: label,
  role: 'data',
  variants: [],
  basis: [{ article: 20, item, relation: 'basis' }],
  explain: { zh, en },
});

export const TABLE2_2019: TableSpec[] = [
  {
    ...t2021('t2-1'),
    columns: [
      c('made', '本年新制作数量', 'count', '本年新制作数量（2019 年格式）。', 'Made this year (2019 format).', { mapsTo: 'issued' }),
      c('published', '本年新公开数量', 'count', '本年新公开数量（2019 年格式）。', 'Published this year (2019 format).'),
      c('published-total', '对外公开总数量', 'count', '对外公开总数量（2019 年格式）。', 'Total published (2019 format).'),
    ],
    rows: [
      row2021('t2-1', 'rules'),
      { ...row2021('t2-1', 'normative'), label: '规范性文件', body: '规范性文件', variants: [{ text: '行政规范性文件', altered: false }] },
    ],
  },
  {
    ...t2021('t2-5'),
    columns: [prevItems, change, decisions],
    rows: [
      row2021('t2-5', 'licensing'),
      plain('other-services', '其他对外管理服务事项', 5, '其他对外管理服务事项（2019 年格式）。', 'Other external administrative services (2019 format).'),
    ],
  },
  { ...t2021('t2-6'), columns: [prevItems, change, decisions] },
  { ...t2021('t2-8'), columns: [prevItems, change] },
  {
    id: 't2-9',
    section: 's2',
    name: { zh: '表二第二十条第（九）项', en: 'table 二, Art. 20(9)' },
    labelHeader: TABLE2_LABEL_HEADER,
    headerLabel: '第二十条第（九）项',
    heading: '第二十条第（九）项',
    articleItem: { article: 20, item: 9, relation: 'basis' },
    columns: [
      c('procurement-items', '采购项目数量', 'count', '政府集中采购项目数量（2019 年格式）。', 'Central procurement projects (2019 format).'),
      c('procurement-amount', '采购总金额', 'money', '政府集中采购总金额（2019 年格式）。', 'Central procurement amount (2019 format).', { allowUnits: ['元', '万元'] }),
    ],
    rows: [plain('procurement', '政府集中采购', 9, '政府集中采购（2019 年格式；2021 年格式已删除）。', 'Central government procurement (2019 format; dropped in 2021).')],
    explain: { zh: '条例第二十条第（九）项：政府集中采购（2021 年格式不再统计）。', en: 'Art. 20(9): central procurement (not in the 2021 format).' },
  },
];

/** Table 三 in 2019: （六）其他处理 is one data row without sub-rows. */
export const TABLE3_2019: TableSpec = {
  ...TABLE3_2021,
  rows: TABLE3_2021.rows
    .filter((r) => r.group !== 'r6')
    .map((r) => (r.id === 'r6' ? { ...r, role: 'data' as const, explain: { zh: '其他处理（2019 年格式为单独一行，2021 年格式分为 3 项）。', en: 'Other outcomes (one row in 2019; three sub-rows in 2021).' } } : r)),
};
