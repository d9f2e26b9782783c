import { FormatSpec, type Bilingual, type ColumnSpec, type RowSpec, type SectionSpec, type TableSpec } from './schema';
import { SECTIONS } from './sections';
import { TABLE2_2021 } from './table2';
import { TABLE3_2021 } from './table3';
import { TABLE4_2021 } from './table4';
import { TABLE2_2019, TABLE3_2019 } from './format2019';

export * from './schema';
export { TABLE3_BALANCE_NOTE } from './table3';
export { TABLE4_LITIGATION } from './table4';
export { TABLE2_LABEL_HEADER } from './table2';
export { CARRY_OVER, STOCK, type CarryOverRelation, type StockRelation } from './cross-year';

export type FormatVersion = '2021' | '2019';

/** The 2021 format (国办公开办函〔2021〕30号), validated when this module loads. */
export const FORMAT_2021: FormatSpec = FormatSpec.parse({
  version: '2021',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  document: '国办公开办函〔2021〕30号',
  markers: [],
  sections: SECTIONS,
  tables: [...TABLE2_2021, TABLE3_2021, TABLE4_2021],
});

/** The 2019 (试行) format (国办公开办函〔2019〕60号), for the 2019 and 2020 reports. */
export const FORMAT_2019: FormatSpec = FormatSpec.parse({
  version: '2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  document: '国办公开办函〔2019〕60号',
  markers: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购', '采购总金额'],
  sections: SECTIONS,
  tables: [...TABLE2_2019, TABLE3_2019, TABLE4_2021],
});

export const FORMATS: Record<FormatVersion, FormatSpec> = { '2021': FORMAT_2021, '2019': FORMAT_2019 };

/** The first year each format applies to. */
export const FORMAT_FROM_YEAR: Record<FormatVersion, number> = { '2019': 2019, '2021': 2021 };

export type TableId = 't2-1' | 't2-5' | 't2-6' | 't2-8' | 't2-9' | 't3' | 't4';

export function formatFor(version: FormatVersion): FormatSpec {
  return FORMATS[version];
}

export function tableSpec(version: FormatVersion, id: string): TableSpec | undefined {
  return FORMATS[version].tables.find((t) => t.id === id);
}

export function sectionSpec(id: string): SectionSpec | undefined {
  return SECTIONS.find((s) => s.id === id);
}

export function sectionByNumber(n: number): SectionSpec | undefined {
  return SECTIONS.find((s) => s.number === n);
}

export function rowSpec(table: TableSpec, rowId: string): RowSpec | undefined {
  return table.rows.find((r) => r.id === rowId);
}

export function columnSpec(table: TableSpec, columnId: string): ColumnSpec | undefined {
  return table.columns.find((c) => c.id === columnId);
}

/** Rows that carry figures (not group headings). */
export function figureRows(table: TableSpec): RowSpec[] {
  return table.rows.filter((r) => r.role !== 'group');
}

/** The tables of one section, in official order. */
export function tablesOfSection(version: FormatVersion, sectionId: string): TableSpec[] {
  return FORMATS[version].tables.filter((t) => t.section === sectionId);
}

/** The name of a section's statistics table: 表三, or 表二 for table 二's four sub-tables together. */
export function sectionTableName(version: FormatVersion, sectionId: string): Bilingual | undefined {
  const specs = tablesOfSection(version, sectionId);
  if (specs.length <= 1) return specs[0]?.name;
  // The sub-tables' names share the table's own: 表二第二十条第（一）项 → 表二.
  return { zh: specs[0].name.zh.replace(/第二十条.*$/, ''), en: specs[0].name.en.replace(/,.*$/, '') };
}

export { SECTIONS };
