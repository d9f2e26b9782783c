import { displayWidth } from '../text/width';
import type { RowSpec, TableSpec } from '../format';

/**
 * The canonical pipe tables of source-format.md, written from the format data. Used by the
 * converter, the quick fixes that insert rows or tables, the templates and the formatter.
 * Columns are aligned by display width (a CJK character is two columns wide).
 */

/** Cell texts of one row, in column order; absent rows are left out. */
export type RowTexts = ReadonlyMap<string, readonly string[]>;

export interface CanonicalOptions {
  /** Include group rows ((三)(四)(五)(六)) with empty cells, as the official table shows them. */
  readonly groups?: boolean;
  /** Rows to write even when `texts` has nothing for them (with empty cells). Default: all. */
  readonly rows?: (row: RowSpec) => boolean;
  /** The layout; absent: aligned when that fits in {@link ALIGNED_TABLE_MAX_WIDTH} columns, else compact. */
  readonly style?: TableStyle;
}

export function canonicalTableLines(spec: TableSpec, texts: RowTexts, options: CanonicalOptions = {}): string[] {
  const include = options.rows ?? (() => true);
  const header = [spec.headerLabel, ...spec.columns.map((c) => c.label)];
  const body: string[][] = [];
  for (const row of spec.rows) {
    if (row.role === 'group') {
      if (options.groups !== false && spec.rows.some((r) => r.group === row.id && (texts.has(r.id) || include(r)))) {
        body.push([row.label, ...spec.columns.map(() => '')]);
      }
      continue;
    }
    const cells = texts.get(row.id);
    if (!cells && !include(row)) continue;
    body.push([row.label, ...spec.columns.map((_, i) => cells?.[i] ?? '')]);
  }
  return alignPipeTable([header, ...body], spec.columns.map(() => 'right'), options.style);
}

/**
 * The widest table written aligned, in display columns. An editor beside the preview shows
 * about 80; a wider aligned table would have every row wrapped into fragments (table 三 aligned
 * is over 150 columns: its longest official label alone is 72), so it is written compact instead,
 * one row per line, as source-format.md shows it: most rows then fit, and the few with long
 * labels wrap once.
 */
export const ALIGNED_TABLE_MAX_WIDTH = 80;

/** How a pipe table is laid out: padded to aligned columns, or one space around each cell. */
export type TableStyle = 'aligned' | 'compact';

/**
 * Formats rows as a pipe table; the first row is the header. `style` absent: aligned by display
 * width when that fits in {@link ALIGNED_TABLE_MAX_WIDTH} columns, else compact (what govreport
 * writes); the formatter passes the style a table already has. `align` gives each figure
 * column's alignment (the label column is left-aligned).
 */
export function alignPipeTable(rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[], style?: TableStyle): string[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = new Array<number>(columns).fill(3);
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i], displayWidth(c))));
  const alignedWidth = widths.reduce((sum, w) => sum + w + 3, 1);
  if (style === 'compact' || (style === undefined && alignedWidth > ALIGNED_TABLE_MAX_WIDTH)) return compactPipeTable(rows, columns, align);
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i] - displayWidth(text));
    return i > 0 && align[i - 1] === 'right' ? gap + text : text + gap;
  };
  const line = (r: readonly string[]) => `| ${Array.from({ length: columns }, (_, i) => pad(r[i] ?? '', i)).join(' | ')} |`;
  const delimiter = `| ${widths.map((w, i) => (i > 0 && align[i - 1] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]), delimiter, ...rows.slice(1).map(line)];
}

/**
 * Whether the lines of a pipe table (header, delimiter, rows) are written aligned. A compact table
 * has the delimiter `| --- | ---: |`, every dash run three long, and rows of different widths; any
 * other table is taken as aligned (a row a typo shifted does not make it compact).
 */
export function isAlignedTable(lines: readonly string[]): boolean {
  const delimiter = lines.find((l) => DELIMITER_ROW.test(l.trim()));
  const shortDashes = delimiter !== undefined && (delimiter.match(/-+/g) ?? []).every((run) => run.length === 3);
  return !shortDashes || new Set(lines.filter((l) => l !== delimiter).map((l) => displayWidth(l.trim()))).size <= 1;
}

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** `| label | 0 | 0 |` with `| --- | ---: |`: no padding, every row as short as it can be. */
function compactPipeTable(rows: readonly (readonly string[])[], columns: number, align: readonly ('left' | 'right')[]): string[] {
  const line = (r: readonly string[]) => `| ${Array.from({ length: columns }, (_, i) => r[i] ?? '').join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const delimiter = `| ${Array.from({ length: columns }, (_, i) => (i > 0 && align[i - 1] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(rows[0]), delimiter, ...rows.slice(1).map(line)];
}

/** Several tables (table 二's sub-tables) separated by blank lines. */
export function canonicalTablesText(specs: readonly TableSpec[], texts: RowTexts, eol: string, options: CanonicalOptions = {}): string {
  return specs.map((s) => canonicalTableLines(s, texts, options).join(eol)).join(eol + eol);
}
