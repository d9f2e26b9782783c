import type { TableSpec } from '../../server/src/engine';

/**
 * The forms statutory tables reach the engine in, written here independently of the engine's
 * own writers: a canonical pipe table (with ragged padding), rows pasted from Word (tabs), and
 * `pdftotext -layout` output (space-aligned, blank lines between rows, long labels wrapped).
 */

export type Layout = 'pipe' | 'tab' | 'pdftotext';
export const LAYOUTS: readonly Layout[] = ['pipe', 'tab', 'pdftotext'];

/** Cell texts of one table: row id → text of each column (rows absent are left out). */
export type TableTexts = ReadonlyMap<string, readonly string[]>;

export interface LayoutStyle {
  /** Extra spaces around pipe cells, cycled (pipe). */
  readonly padding: readonly number[];
  /** Write group rows （三）不予公开 … on their own line. */
  readonly groups: boolean;
  /** Wrap labels longer than this many characters onto a second line (pdftotext). */
  readonly wrapAt: number;
}

const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(2, n - width(s))) + s;

function rowsOf(spec: TableSpec, texts: TableTexts, groups: boolean): [string, readonly string[] | undefined][] {
  const out: [string, readonly string[] | undefined][] = [];
  for (const row of spec.rows) {
    if (row.role === 'group') {
      if (groups && spec.rows.some((r) => r.group === row.id && texts.has(r.id))) out.push([row.label, undefined]);
      continue;
    }
    const cells = texts.get(row.id);
    if (cells) out.push([row.label, cells]);
  }
  return out;
}

export function writeTable(spec: TableSpec, texts: TableTexts, layout: Layout, style: LayoutStyle): string[] {
  const header = spec.columns.map((c) => c.label);
  const rows = rowsOf(spec, texts, style.groups);
  switch (layout) {
    case 'pipe': {
      let k = 0;
      const pad = () => ' '.repeat(style.padding[k++ % style.padding.length]);
      const line = (cells: readonly string[]) => `|${cells.map((c) => `${pad()}${c}${pad()}`).join('|')}|`;
      return [
        line([spec.headerLabel, ...header]),
        line([spec.headerLabel, ...header].map((_, i) => (i === 0 ? '---' : '--:'))),
        ...rows.map(([label, cells]) => line([label, ...(cells ?? header.map(() => ''))])),
      ];
    }
    case 'tab':
      return [[spec.headerLabel, ...header].join('\t'), ...rows.map(([label, cells]) => [label, ...(cells ?? [])].join('\t'))];
    case 'pdftotext': {
      const out = [padEnd(spec.headerLabel, 44) + header.map((h) => padStart(h, 14)).join('')];
      for (const [label, cells] of rows) {
        out.push('');
        const figures = (cells ?? []).map((c) => padStart(c, 10)).join('');
        const chars = [...label];
        if (chars.length > style.wrapAt && cells) {
          out.push(`  ${chars.slice(0, style.wrapAt).join('')}`);
          out.push(padEnd('', 44) + figures);
          out.push(`  ${chars.slice(style.wrapAt).join('')}`);
        } else out.push(padEnd(`  ${label}`, 44) + figures);
      }
      return out;
    }
  }
}
