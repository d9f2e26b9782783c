import type { ColumnSpec, FormatVersion, RowSpec, SectionSpec, TableId, TableSpec } from './format';
import type { ParsedCell } from './text/numbers';
import type { SourceText, Span } from './text/source';
import type { Bilingual } from './format/schema';
import type { DateValue } from './text/dates';

export type { DateValue };

/**
 * The report model: what the parser understood of a draft, with the exact source span of
 * every part. Rules, hovers, fixes and the renderer read this model; none of them re-parses text.
 */

export type AgencyKind = 'government' | 'department' | 'other';

/** A fact about the report and where it was read from (for diagnostics and hovers). */
export interface Sourced<T> {
  readonly value: T;
  readonly span: Span;
  /** `configuration`: not in the report; the project's configuration file (.govreport.jsonc) says it. */
  readonly source: 'front-matter' | 'title' | 'signature' | 'period' | 'text' | 'agency-name' | 'configuration';
}

export interface FrontMatter {
  /** The whole block, delimiters included. */
  readonly span: Span;
  /** Validated values. Invalid ones are absent here and reported in `problems`. */
  readonly values: FrontMatterValues;
  /** Span of each key's line, for diagnostics and hovers. */
  readonly keySpans: Readonly<Record<string, Span>>;
  readonly valueSpans: Readonly<Record<string, Span>>;
  readonly problems: readonly { span: Span; message: Bilingual }[];
}

export interface FrontMatterValues {
  readonly agency?: string;
  readonly agencyKind?: AgencyKind;
  readonly year?: number;
  readonly published?: DateValue;
  readonly previous?: string;
}

export interface ReportMeta {
  readonly agency?: Sourced<string>;
  readonly agencyKind?: Sourced<AgencyKind>;
  readonly year?: Sourced<number>;
  /** Every place that states the report year (title, front matter, period, self-references). */
  readonly yearMentions: readonly Sourced<number>[];
  /**
   * What points to the report year without stating it: the publication date (a report is
   * published early in the following year) and the year the prose itself mostly speaks of.
   * They vote on the year with the mentions, but are never reported as mismatches themselves.
   */
  readonly yearEvidence: readonly Sourced<number>[];
  readonly published?: Sourced<DateValue>;
  /** The statistics period: the whole phrase, and each of its two dates. */
  readonly period?: { readonly start: DateValue; readonly end: DateValue; readonly span: Span; readonly startSpan: Span; readonly endSpan: Span };
  /** Where the statistics period is written but no two dates can be read from it (「自202111日起至20211230日止」). */
  readonly periodUnreadable?: Span;
  readonly previous?: Sourced<string>;
}

export interface Heading {
  readonly line: number;
  readonly span: Span;
  /** Text without Markdown markers or emphasis. */
  readonly text: string;
  /** 0 for a plain line recognised as a heading; 1–6 for Markdown headings. */
  readonly level: number;
}

export interface SectionNode {
  readonly spec: SectionSpec;
  /** Absent when the section was inferred from its content (its heading is missing). */
  readonly heading?: Heading & {
    /** The Chinese numeral the heading carries, if any. */
    readonly number?: number;
    /** Matched a pre-2019 outline wording. */
    readonly outdated?: boolean;
  };
  /** First line of the section's content (after the heading). */
  readonly firstLine: number;
  /** Last line of the section (inclusive). */
  readonly lastLine: number;
  readonly inferred: boolean;
}

export interface CellNode {
  readonly column: ColumnSpec;
  readonly raw: string;
  /** The cell's text; zero-width at the insertion point when the cell is empty between tabs. */
  readonly span: Span;
  readonly parsed: ParsedCell;
}

/** How a row's label was recognised. */
export type LabelMatch =
  /** The official wording (up to width, spacing and punctuation). */
  | 'exact'
  /** The official wording with a prefix (group label, vertical group characters) or a suffix. */
  | 'prefixed'
  /** A known variant (未经复议直接起诉), or an altered wording seen in real reports (规范性文件). */
  | 'variant'
  /** Close to the official wording but not equal (三类内容事务信息): row-label applies. */
  | 'fuzzy'
  /** A fragment of the label (damaged extraction). */
  | 'fragment'
  /** Only the row's number (一、 / （七）). */
  | 'numbering'
  /** No label; placed by a heading naming the block (table 四 under 行政复议). */
  | 'context'
  /** No usable label; placed by its position between recognised rows. */
  | 'position';

export interface RowNode {
  readonly table: TableSpec;
  readonly spec: RowSpec;
  /** The row's first line (its label's, or its first figure's). */
  readonly line: number;
  /** The row's last line: the same as `line` unless the table is written one cell per line. */
  readonly lastLine: number;
  /** The label as written, and its span; zero-width at the line start when the row has no label. */
  readonly label: {
    readonly text: string;
    readonly span: Span;
    readonly match: LabelMatch;
    /** The wording differs from the official label (a known alteration or a near miss): rule row-label. */
    readonly altered: boolean;
  };
  /** One cell per table column, in column order; empty when the figures could not be placed. */
  readonly cells: readonly CellNode[];
  /** Span covering the row's figures. */
  readonly figuresSpan: Span;
  /** Set when the row holds a different number of figures than the table has columns. */
  readonly columnCount?: { readonly found: number; readonly expected: number };
  /** How the row was written in the source. */
  readonly source: LineForm;
}

/** stream: one cell per line (or per paragraph), as web pages and PDF viewers give tables. */
export type LineForm = 'pipe' | 'tab' | 'space' | 'kv' | 'stream';

export interface TableNode {
  readonly spec: TableSpec;
  readonly id: TableId;
  readonly version: FormatVersion;
  /** Rows in document order. */
  readonly rows: readonly RowNode[];
  /** Rows by row id (first occurrence). */
  readonly byId: ReadonlyMap<string, RowNode>;
  /** Rows seen more than once (second and later occurrences). */
  readonly duplicates: readonly RowNode[];
  readonly region: TableRegion;
  /** A 第二十条 heading line naming this sub-table, if present. */
  readonly headingLine?: number;
}

/** A line inside a table region that belongs to no row: kept on conversion, and reported if it holds figures. */
export interface StrayLine {
  readonly line: number;
  /** The last line of its cells (a row written one cell per line spans several). */
  readonly lastLine: number;
  readonly span: Span;
  /** Figures seen on the line that could not be placed in any row. */
  readonly figures: number;
  /** The line's label (「其他事项」), when it has one: what rule row-unknown points at. */
  readonly labelSpan?: Span;
}

/** A contiguous stretch of lines holding one or more statutory tables. */
export interface TableRegion {
  readonly sectionId?: string;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly tables: TableNode[];
  /** pipe: proper pipe tables; pasted: tab/space/key-value rows or fragmented pipe tables. */
  readonly form: 'pipe' | 'pasted';
  readonly formReason?: Bilingual;
  /** Lines of the region that are not table structure (notes, prose): kept verbatim on conversion. */
  readonly keptLines: readonly number[];
  /** Lines with figures that fit no row. */
  readonly strays: readonly StrayLine[];
}

/** A prose paragraph, its lines joined (wrapped lines concatenated) with a map back to the source. */
export interface Paragraph {
  readonly text: string;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly span: Span;
  /**
   * How `text` maps back to the source: pairs [index in text, source offset], one per
   * contiguous slice (a line, or a line's piece between emphasis markers).
   */
  readonly segments: Int32Array;
  readonly sectionId?: string;
}

/** A suppression comment: <!-- govreport-disable rule -->, -enable, -disable-next-line. */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly span: Span;
}

/** A line of PDF page furniture: a page number, or a running header repeated after page numbers. */
export interface PageLeftover {
  readonly line: number;
  /** The line's text without surrounding whitespace. */
  readonly span: Span;
  readonly kind: 'number' | 'header';
}

export interface ReportModel {
  readonly source: SourceText;
  readonly frontMatter?: FrontMatter;
  readonly title?: { readonly text: string; readonly span: Span; readonly lines: readonly number[] };
  readonly headings: readonly Heading[];
  /** Found sections, in document order. */
  readonly sections: readonly SectionNode[];
  readonly regions: readonly TableRegion[];
  readonly tables: ReadonlyMap<TableId, TableNode>;
  readonly paragraphs: readonly Paragraph[];
  readonly directives: readonly Directive[];
  readonly meta: ReportMeta;
  /** The table layout the report uses, and where the evidence for the 2019 layout is. */
  readonly format: { readonly version: FormatVersion; readonly evidence: readonly Span[] };
  /**
   * The text that closes a code fence or HTML comment left open at the end of the document
   * (「```」, 「-->」): text appended at the end would otherwise land inside it.
   */
  readonly openBlockCloser?: string;
  /** PDF page numbers (-5-, 第 5 页) and running headers left in the text outside the tables. */
  readonly pageLeftovers: readonly PageLeftover[];
  /** Problems the parser met that are not rule findings (input too large, binary). */
  readonly notices: readonly { span: Span; message: Bilingual }[];
}
