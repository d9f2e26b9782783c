import { z } from 'zod';

/**
 * The official report format as data. One description serves the parser, the rules,
 * hovers, completion, templates and the renderer; nothing else restates a table layout
 * or a label list. Validated with zod when the module loads, so a slip in the data
 * fails every test at once instead of misleading one feature.
 */

export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** A reference to the 政府信息公开条例: article, optionally paragraph (款) and item (项). */
export const LegalRef = z.object({
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
  /** basis: the article clearly governs (依据); see: related (参见). */
  relation: z.enum(['basis', 'see']),
});
export type LegalRef = z.infer<typeof LegalRef>;

export const LabelVariant = z.object({
  text: z.string().min(1),
  /** An altered label seen in real reports: accepted, but rule row-label asks for the official wording. */
  altered: z.boolean(),
});
export type LabelVariant = z.infer<typeof LabelVariant>;

export const Numbering = z.object({ kind: z.enum(['top', 'group', 'item']), value: z.number().int().positive() });

export const RowSpec = z.object({
  id: z.string().min(1),
  /** Official label, verbatim as printed in the format (with its number). */
  label: z.string().min(1),
  /** The label without its number: what identifies the row. */
  body: z.string().min(1),
  numbering: Numbering.optional(),
  /** data: carries figures; group: a heading row of sub-rows (no figures of its own); total: a sum row. */
  role: z.enum(['data', 'group', 'total']),
  /** Id of the group row this row belongs to. */
  group: z.string().optional(),
  variants: z.array(LabelVariant).default([]),
  basis: z.array(LegalRef).default([]),
  /** Set when no article clearly grounds the category (law.md marks it [U]). */
  noBasisNote: Bilingual.optional(),
  /** Counting note printed with the label, or a note on how the figure is counted. */
  countingNote: Bilingual.optional(),
  explain: Bilingual,
});
export type RowSpec = z.infer<typeof RowSpec>;

export const ColumnSpec = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Header group the column sits under in the official layout (e.g. 法人或其他组织). */
  group: z.string().optional(),
  kind: z.enum(['count', 'money', 'delta']),
  /** Units a cell may carry in this column without being an error (e.g. 元 in a 2019 amount). */
  allowUnits: z.array(z.string()).default([]),
  variants: z.array(z.string()).default([]),
  explain: Bilingual,
  /** The same column in the 2021 format, where a 2019 figure carries over unchanged. */
  mapsTo: z.string().optional(),
});
export type ColumnSpec = z.infer<typeof ColumnSpec>;

export const TableSpec = z.object({
  id: z.string().min(1),
  /** The section the table belongs to. */
  section: z.string().min(1),
  /** Name used in messages, e.g. 表二第二十条第（一）项. */
  name: Bilingual,
  /** First header cell of the canonical pipe table. */
  headerLabel: z.string().min(1),
  /** Header of the label column in the official layout (table 二: 信息内容). */
  labelHeader: z.string().optional(),
  /** A heading line that names this table in pasted text (e.g. 第二十条第（一）项). */
  heading: z.string().optional(),
  /** The 第二十条 item a table-二 sub-table reports. */
  articleItem: LegalRef.optional(),
  columns: z.array(ColumnSpec).min(1),
  rows: z.array(RowSpec).min(1),
  explain: Bilingual,
});
export type TableSpec = z.infer<typeof TableSpec>;

export const SectionSpec = z.object({
  id: z.string().min(1),
  number: z.number().int().min(1).max(6),
  /** Official heading without its number, e.g. 总体情况. */
  title: z.string().min(1),
  /** Wordings seen in real reports, accepted with a style notice. */
  variants: z.array(z.string()).default([]),
  /** A heading belongs to this section when its key contains every word of one of these sets. */
  match: z.array(z.array(z.string().min(1)).min(1)).min(1),
  /** Pre-2019 outline wordings: recognised, and flagged by outline-outdated. */
  outdated: z.array(z.string()).default([]),
  requires: Bilingual,
  basis: z.array(LegalRef).default([]),
  tables: z.array(z.string()).default([]),
});
export type SectionSpec = z.infer<typeof SectionSpec>;

export const FormatSpec = z.object({
  version: z.enum(['2021', '2019']),
  name: z.string(),
  document: z.string(),
  /** Words whose presence marks this layout (report-format.md §6). */
  markers: z.array(z.string()).default([]),
  sections: z.array(SectionSpec).length(6),
  tables: z.array(TableSpec).min(1),
});
export type FormatSpec = z.infer<typeof FormatSpec>;
