/**
 * The straight horizontal and vertical lines a page draws — a table's rulings — from pdf.js's
 * operator list. Writers draw them two ways: stroked lines (LibreOffice) or thin filled
 * rectangles (Word, WPS); both are read, in page coordinates (the current transformation
 * matrix is followed through save/restore, `cm` and form XObjects).
 */

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

interface RawSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdf.js's path commands inside constructPath (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this is a ruling, not a shaded cell. */
const THIN = 2.5;
/** Shorter lines are glyph parts, underlines of single characters, tick marks. */
const SHORTEST = 4;

export function segmentsOf(list: OperatorList, OPS: Readonly<Record<string, number>>): RawSegment[] {
  const out: RawSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as ArrayLike<number>) as unknown as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!data || !ArrayBuffer.isView(data)) continue;
      const stroke = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      const fill = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      if (stroke || fill) collect(data as unknown as ArrayLike<number>, ctm, stroke, fill, out);
    }
  }
  return out;
}

function collect(path: ArrayLike<number>, ctm: Matrix, stroke: boolean, fill: boolean, out: RawSegment[]): void {
  const points: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      if (current.length > 0) points.push(current);
      current = [apply(ctm, path[i], path[i + 1])];
      i += 2;
    } else if (op === LINE) {
      current.push(apply(ctm, path[i], path[i + 1]));
      i += 2;
    } else if (op === CURVE) {
      current.push(apply(ctm, path[i + 4], path[i + 5]));
      i += 6;
    } else if (op === QUAD) {
      current.push(apply(ctm, path[i + 2], path[i + 3]));
      i += 4;
    } else if (op === CLOSE) {
      if (current.length > 0) current.push(current[0]);
    } else break;
  }
  if (current.length > 0) points.push(current);
  for (const poly of points) {
    if (stroke) for (let k = 1; k < poly.length; k++) addStraight(poly[k - 1], poly[k], out);
    if (fill && !stroke) addThinBox(poly, out);
  }
}

function addStraight([x1, y1]: [number, number], [x2, y2]: [number, number], out: RawSegment[]): void {
  const horizontal = Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= SHORTEST;
  const vertical = Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= SHORTEST;
  if (horizontal) out.push({ x1: Math.min(x1, x2), y1, x2: Math.max(x1, x2), y2: y1 });
  else if (vertical) out.push({ x1, y1: Math.min(y1, y2), x2: x1, y2: Math.max(y1, y2) });
}

/** A filled shape whose bounding box is a thin horizontal or vertical bar: a ruling drawn as a rectangle. */
function addThinBox(poly: readonly [number, number][], out: RawSegment[]): void {
  if (poly.length < 3) return;
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const [left, rightX, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = rightX - left;
  const h = top - bottom;
  if (h <= THIN && w >= SHORTEST) out.push({ x1: left, y1: (top + bottom) / 2, x2: rightX, y2: (top + bottom) / 2 });
  else if (w <= THIN && h >= SHORTEST) out.push({ x1: (left + rightX) / 2, y1: bottom, x2: (left + rightX) / 2, y2: top });
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** m1 then m2 (PDF's row-vector convention: `cm` premultiplies the current matrix). */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}
