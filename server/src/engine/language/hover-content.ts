import { sectionSpec, tablesOfSection, type ColumnSpec, type LegalRef, type RowSpec, type TableSpec } from '../format';
import type { FormatVersion } from '../format';
import type { RowNode, SectionNode, TableNode } from '../model';
import { labelKey, splitNumbering, toChineseNumeral } from '../text/normalize';
import { escapeMarkdown, paragraphs } from './markdown';
import { legalRefMarkdown, regulationsName } from './law';
import { pick, type Lang } from './types';

/**
 * The Markdown of the hovers on the format's own words: row labels, column headers, table
 * headers and section headings. Every sentence comes from the format data (explain,
 * countingNote, requires, basis, noBasisNote); nothing here restates the format.
 */

const ch = (lang: Lang, zh: string, en: string) => pick(lang, zh, en);

function basisBlocks(refs: readonly LegalRef[], lang: Lang): string | undefined {
  if (refs.length === 0) return undefined;
  return paragraphs(...refs.map((r) => legalRefMarkdown(r, lang)), `_${regulationsName(lang)}_`);
}

export function rowHover(table: TableSpec, row: RowSpec, node: RowNode | undefined, lang: Lang): string {
  const group = row.group ? table.rows.find((r) => r.id === row.group && r.id !== 'results') : undefined;
  const where = group ? `${table.name[lang]} · ${escapeMarkdown(group.label)}` : table.name[lang];
  const altered =
    node?.label.altered &&
    ch(lang, `本行的写法与官方措辞不同，官方为「${escapeMarkdown(row.label)}」。`, `The label differs from the official wording 「${escapeMarkdown(row.label)}」.`);
  const counting = row.countingNote && `**${ch(lang, '计数', 'Counting')}**：${escapeMarkdown(row.countingNote[lang])}`;
  const noBasis = row.noBasisNote && `**${ch(lang, '法律依据', 'Legal basis')}**：${escapeMarkdown(row.noBasisNote[lang])}`;
  return paragraphs(
    `**${escapeMarkdown(row.label)}**　${where}`,
    escapeMarkdown(row.explain[lang]),
    counting,
    noBasis,
    basisBlocks(row.basis, lang),
    altered,
  );
}

function kindNote(column: ColumnSpec, lang: Lang): string {
  switch (column.kind) {
    case 'count':
      return ch(lang, '填写件数：非负整数，没有则填 0。', 'A count: a non-negative integer, 0 when there is none.');
    case 'money':
      return ch(lang, '填写金额：非负数，可为小数。', 'An amount: a non-negative number, decimals allowed.');
    case 'delta':
      return ch(lang, '填写增减数：整数，可为负数。', 'A change: an integer, may be negative.');
  }
}

export function columnHover(table: TableSpec, column: ColumnSpec, lang: Lang): string {
  const group = column.group ? ` · ${escapeMarkdown(column.group)}` : '';
  return paragraphs(
    `**${escapeMarkdown(column.label)}**　${table.name[lang]}${group}`,
    escapeMarkdown(column.explain[lang]),
    kindNote(column, lang),
  );
}

export function columnGroupHover(table: TableSpec, group: string, lang: Lang): string {
  const members = table.columns.filter((c) => c.group === group);
  const list = members.map((c) => `- **${escapeMarkdown(c.label)}**：${escapeMarkdown(c.explain[lang])}`).join('\n');
  return paragraphs(
    `**${escapeMarkdown(group)}**　${table.name[lang]}`,
    ch(lang, `以下 ${members.length} 列的共同表头：`, `The common header of these ${members.length} columns:`),
    list,
  );
}

export function tableHover(table: TableNode, lang: Lang): string {
  const spec = table.spec;
  // Table 二's sub-tables each report one item of 第二十条; the others rest on their section's basis.
  const refs = spec.articleItem ? [spec.articleItem] : (sectionSpec(spec.section)?.basis ?? []);
  return paragraphs(
    `**${spec.name[lang]}**`,
    escapeMarkdown(spec.explain[lang]),
    table.version === '2019' ? ch(lang, '本表为 2019 年（试行）格式。', 'This table is in the 2019 (trial) layout.') : undefined,
    basisBlocks(refs, lang),
  );
}

export function sectionHover(section: SectionNode, version: FormatVersion, lang: Lang): string {
  const spec = section.spec;
  const official = `${toChineseNumeral(spec.number)}、${spec.title}`;
  const heading = section.heading;
  let wording: string | undefined;
  if (heading) {
    const written = labelKey(splitNumbering(heading.text).rest);
    if (heading.outdated) {
      wording = ch(lang, `此标题沿用 2019 年以前的提纲措辞，现行格式为「${official}」。`, `This heading uses the pre-2019 outline; the current format says 「${official}」.`);
    } else if (written !== labelKey(spec.title)) {
      wording = ch(lang, `官方标题为「${official}」。`, `The official heading is 「${official}」.`);
    }
  }
  const tables = tablesOfSection(version, spec.id);
  const tableList =
    tables.length > 0 &&
    `${ch(lang, '本部分的统计表', 'Tables of this section')}：${tables.map((t) => t.name[lang]).join(ch(lang, '、', ', '))}`;
  return paragraphs(
    `**${escapeMarkdown(official)}**　${ch(lang, `第${toChineseNumeral(spec.number)}部分（共六部分）`, `section ${spec.number} of 6`)}`,
    escapeMarkdown(spec.requires[lang]),
    wording,
    tableList,
    basisBlocks(spec.basis, lang),
  );
}
