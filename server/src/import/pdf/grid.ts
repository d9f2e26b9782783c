import type { Segment } from './content';

/**
 * Tables drawn with rulings: the horizontal and vertical lines that touch each other form a
 * table; the distinct line positions form its grid; two neighbouring grid slots belong to one
 * (merged) cell when no line separates them. This is how a reader sees merged cells, and it
 * works the same for any writer that draws borders.
 */

export interface RuledCell {
  /** Grid rows and columns covered: [first, last + 1). */
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

export interface RuledTable {
  /** Horizontal line positions (top to bottom) and vertical ones (left to right). */
  readonly ys: readonly number[];
  readonly xs: readonly number[];
  readonly cells: readonly RuledCell[];
  /** The index in `cells` of the cell each grid slot belongs to, row by row. */
  readonly owner: readonly (readonly number[])[];
}

/** Lines this close are one line (double borders, anti-aliasing offsets). */
const SNAP = 2;

export function ruledTables(segments: readonly Segment[]): RuledTable[] {
  const h = merge(segments.filter((s) => s.y1 === s.y2).map((s) => ({ at: s.y1, from: s.x1, to: s.x2 })));
  const v = merge(segments.filter((s) => s.x1 === s.x2).map((s) => ({ at: s.x1, from: s.y1, to: s.y2 })));
  // Connected groups of crossing lines.
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((a, i) => v.forEach((b, j) => crosses(a, b) && (parent[find(i)] = find(h.length + j))));
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  [...h, ...v].forEach((line, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(line);
    groups.set(find(i), g);
  });
  const tables: RuledTable[] = [];
  for (const g of groups.values()) {
    const table = gridOf(g.h, g.v);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.ys[0] - b.ys[0]);
}

interface Line {
  /** y of a horizontal line, x of a vertical one. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Collinear pieces that touch or overlap become one line. Only those: two tables one above the
 * other have their borders at nearly the same x without being one line.
 */
function merge(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of [...lines].sort((a, b) => a.from - b.from)) {
    const i = out.findIndex((o) => Math.abs(o.at - l.at) <= SNAP && l.from <= o.to + SNAP && l.to >= o.from - SNAP);
    if (i < 0) out.push(l);
    else out[i] = { at: out[i].at, from: Math.min(out[i].from, l.from), to: Math.max(out[i].to, l.to) };
  }
  return out;
}

function crosses(hLine: Line, vLine: Line): boolean {
  return vLine.at >= hLine.from - SNAP && vLine.at <= hLine.to + SNAP && hLine.at >= vLine.from - SNAP && hLine.at <= vLine.to + SNAP;
}

function positions(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const at of lines.map((l) => l.at).sort((a, b) => a - b)) if (out.length === 0 || at - out[out.length - 1] > SNAP) out.push(at);
  return out;
}

function gridOf(hLines: readonly Line[], vLines: readonly Line[]): RuledTable | undefined {
  const ys = positions(hLines);
  const xs = positions(vLines);
  if (ys.length < 3 || xs.length < 3) return undefined; // a frame around text, or a rule under a heading
  const ruled = (lines: readonly Line[], at: number, along: number) => lines.some((l) => Math.abs(l.at - at) <= SNAP && along >= l.from - SNAP && along <= l.to + SNAP);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const midY = (ys[r] + ys[r + 1]) / 2;
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !ruled(vLines, xs[c + 1], midY)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !ruled(hLines, ys[r + 1], midX)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const index = new Map<number, number>();
  const cells: { r0: number; r1: number; c0: number; c1: number }[] = [];
  const owner = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const root = find(id(r, c));
      let i = index.get(root);
      if (i === undefined) {
        i = cells.push({ r0: r, r1: r + 1, c0: c, c1: c + 1 }) - 1;
        index.set(root, i);
      }
      const cell = cells[i];
      cell.r1 = Math.max(cell.r1, r + 1);
      cell.c0 = Math.min(cell.c0, c);
      cell.c1 = Math.max(cell.c1, c + 1);
      return i;
    }),
  );
  return { ys, xs, cells, owner };
}
