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
  return alignPipeTable([header, ...body], spec.columns.map(() => 'right'));
}

/**
 * Formats rows as an aligned pipe table; the first row is the header. `align` gives each
 * figure column's alignment (the label column is left-aligned).
 */
export function alignPipeTable(rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[]): string[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = new Array<number>(columns).fill(3);
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i], displayWidth(c))));
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i] - displayWidth(text));
    return i > 0 && align[i - 1] === 'right' ? gap + text : text + gap;
  };
  const line = (r: readonly string[]) => `| ${Array.from({ length: columns }, (_, i) => pad(r[i] ?? '', i)).join(' | ')} |`;
  const delimiter = `| ${widths.map((w, i) => (i > 0 && align[i - 1] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]), delimiter, ...rows.slice(1).map(line)];
}

/** Several tables (table 二's sub-tables) separated by blank lines. */
export function canonicalTablesText(specs: readonly TableSpec[], texts: RowTexts, eol: string, options: CanonicalOptions = {}): string {
  return specs.map((s) => canonicalTableLines(s, texts, options).join(eol)).join(eol + eol);
}
