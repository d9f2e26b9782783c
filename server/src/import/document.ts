/**
 * What an importer makes of a Word document, a web page or a PDF: a small document model of
 * blocks (headings, paragraphs, tables as the grid they show), each with the place in the
 * original it came from. The composer turns it into text the report parser reads; nothing
 * here knows the report format.
 */

/** Where a block or a table row is in the original file (shown with `check` findings). */
export type Origin =
  /** Word: the n-th paragraph of the body (1-based), or row `row` of the n-th table. */
  | { readonly kind: 'docx'; readonly paragraph: number }
  | { readonly kind: 'docx'; readonly table: number; readonly row: number }
  /** Web page: a line of the HTML source (1-based). */
  | { readonly kind: 'html'; readonly line: number }
  /** PDF: a page (1-based) and the height on it, in points from the top. */
  | { readonly kind: 'pdf'; readonly page: number; readonly y: number };

/** A piece of a paragraph's text, bold or not (「一是……。」 leads are bold in most reports). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
}

/** One cell of a table as the original shows it; a merged cell is one object in every slot it covers. */
export interface Cell {
  readonly text: string;
  /** Written top to bottom (a narrow group label beside its rows). */
  readonly vertical?: boolean;
}

export interface TableRow {
  /** One entry per grid column; a merged cell is the same object in every slot it covers; `undefined` where the row has no cell. */
  readonly slots: readonly (Cell | undefined)[];
  readonly origin: Origin;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly origin: Origin }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[]; readonly origin: Origin }
  | { readonly kind: 'table'; readonly rows: readonly TableRow[]; readonly origin: Origin }
  /** A line kept as laid out, columns apart (a PDF table drawn without rulings), for the parser's reading of extracted tables. */
  | { readonly kind: 'layout'; readonly text: string; readonly origin: Origin };

export type SourceFormat = 'docx' | 'html' | 'pdf';

export interface ImportedDocument {
  readonly format: SourceFormat;
  readonly blocks: readonly Block[];
  /** What the file says about the report outside its text (a web page's 发布日期 line). */
  readonly published?: string;
}

/** A paragraph's plain text. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
