import type { Bilingual } from '../format/schema';
import type { Severity } from '../rules/types';
import type { CellStatus, ValueKind } from '../text/numbers';
import type { Range } from '../text/source';

/**
 * The layout model: the report as it will be published. Built once from the report model and
 * its diagnostics; the HTML renderer (preview, standalone page) and the Word writer both
 * consume it, so the official table layouts are worked out in exactly one place.
 *
 * Tables use HTML's merge semantics (a cell covered by a rowspan from above is simply absent
 * from the rows below), which the `docx` library also accepts for `rowSpan`/`columnSpan`.
 */

/** A diagnostic shown on the element it concerns. */
export interface Mark {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly range: Range;
}

export type CellRole =
  /** Column or group header (申请人情况, 法人或其他组织, 结果维持 …). */
  | 'header'
  /** The printed note in table 三's top-left corner. */
  | 'note'
  /** A row label, or a merged group label (三、本年度办理结果, （三）不予公开). */
  | 'label'
  /** A 第二十条 sub-table heading spanning table 二's width. */
  | 'caption'
  /** A figure cell. */
  | 'figure';

export interface LayoutCell {
  readonly role: CellRole;
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** Set the text top to bottom (the merged group labels of table 三's narrow label columns). */
  readonly vertical?: boolean;
  /** Source line (0-based) the cell was read from, when it comes from the source. */
  readonly line?: number;
  /** Source range of the cell's text (for revealing it in the editor). */
  readonly range?: Range;
  /** Figure cells: what the checker saw, and where the figure belongs in the format. */
  readonly status?: CellStatus | 'missing';
  readonly tableId?: string;
  readonly rowId?: string;
  readonly columnId?: string;
  /** Figure cells: how the preview's grid may edit the figure (absent in other roles). */
  readonly edit?: CellEditInfo;
  readonly marks: readonly Mark[];
}

/** What the grid needs to edit a figure in place. */
export interface CellEditInfo {
  /** What the column holds: a count (non-negative integer), money (a decimal), a 2019 delta. */
  readonly kind: ValueKind;
  /** Why the cell cannot be written here (a pasted table, a row not in the draft); absent when it can. */
  readonly readOnly?: Bilingual;
  /** For a total cell: the value its equation computes from the other cells, when they are all filled in. */
  readonly fill?: number;
}

export interface LayoutRow {
  readonly header: boolean;
  /** Source line of the row (0-based); absent for header rows of a table not in the source. */
  readonly line?: number;
  readonly cells: readonly LayoutCell[];
}

export interface LayoutTable {
  readonly kind: 'table';
  /** 't2' (the four 第二十条 sub-tables as one table), 't3' or 't4'. */
  readonly id: 't2' | 't3' | 't4';
  readonly line: number;
  readonly columns: number;
  /** Relative column widths (sum is arbitrary), for colgroup and the Word table grid. */
  readonly widths: readonly number[];
  readonly rows: readonly LayoutRow[];
  /** Leading rows that form the table header (repeated on each printed page); 0 for table 二's stacked sub-tables. */
  readonly headRows: number;
  /** Diagnostics about the table as a whole (pasted form, strays, missing rows or table). */
  readonly marks: readonly Mark[];
  /** The table is absent from the source: the official table is shown empty. */
  readonly missing: boolean;
  /**
   * Why the table cannot be edited in the grid, and what would make it editable: converting a
   * pasted table, or inserting a missing one. Absent when every table of the family is canonical.
   */
  readonly readOnly?: { readonly reason: Bilingual; readonly action: 'convert' | 'insert' };
}

export interface ProseBlock {
  readonly kind: 'prose';
  /** Markdown source, with the lines before `line` cut off (line numbers are relative to `line`). */
  readonly markdown: string;
  readonly line: number;
  /** Diagnostics by source line (absolute), for the renderer to place on the block that holds the line. */
  readonly marks: readonly Mark[];
}

export interface TitleBlock {
  readonly kind: 'title';
  readonly text: string;
  readonly line: number;
  readonly marks: readonly Mark[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1: one of the six section headings; 2: a heading inside a section. */
  readonly level: 1 | 2;
  readonly text: string;
  readonly line: number;
  readonly marks: readonly Mark[];
}

export interface SignatureBlock {
  readonly kind: 'signature';
  readonly agency?: string;
  readonly date?: string;
  readonly line: number;
  /** Source line of the date (the agency line is `line`). */
  readonly dateLine: number;
  readonly marks: readonly Mark[];
}

export type LayoutBlock = TitleBlock | HeadingBlock | ProseBlock | LayoutTable | SignatureBlock;

export interface LayoutDocument {
  readonly title?: string;
  readonly lang: 'zh' | 'en';
  readonly blocks: readonly LayoutBlock[];
  /** Diagnostics no block could hold (e.g. a missing section): listed with the document. */
  readonly marks: readonly Mark[];
  readonly counts: { readonly errors: number; readonly warnings: number };
}
