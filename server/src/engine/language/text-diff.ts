import type { SourceText, Span } from '../text/source';
import type { TextReplacement } from './types';

/**
 * The edits that turn a document into a new text, line by line (Myers' O(ND) diff). Fix-all
 * produces a whole new text; sending it back as a handful of line edits keeps the editor's
 * cursor, folds and undo steps where they were, instead of replacing the document.
 */
export function lineEdits(source: SourceText, next: string, maxDistance = 1000): TextReplacement[] {
  const eol = source.eol;
  const before = source.text.split(/\r\n|\r|\n/);
  const after = next.split(/\r\n|\r|\n/);
  // Common head and tail first: the diff proper only sees the part that changed.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  if (a.length === 0 && b.length === 0) return [];
  const hunks = diffSequences(a, b, maxDistance) ?? [{ aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  return hunks.map((h) => toReplacement(source, eol, head + h.aStart, head + h.aEnd, b.slice(h.bStart, h.bEnd)));
}

/** Items [aStart, aEnd) of the first sequence were replaced by items [bStart, bEnd) of the second. */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Replaces lines [from, to) of the source with `lines`. */
function toReplacement(source: SourceText, eol: string, from: number, to: number, lines: readonly string[]): TextReplacement {
  const text = source.text;
  const count = source.lineCount;
  if (from === to) {
    // Pure insertion before line `from` (or at the end).
    if (from < count) {
      const at = source.lineStarts[from];
      return replacement(source, { start: at, end: at }, lines.map((l) => l + eol).join(''));
    }
    return replacement(source, { start: text.length, end: text.length }, lines.map((l) => eol + l).join(''));
  }
  const start = source.lineStarts[from];
  if (lines.length === 0) {
    // Deletion: take the line breaks with the lines.
    const end = to < count ? source.lineStarts[to] : text.length;
    const s = to < count || from === 0 ? start : source.lineEnd(from - 1);
    return replacement(source, { start: s, end }, '');
  }
  return replacement(source, { start, end: source.lineEnd(to - 1) }, lines.join(eol));
}

function replacement(source: SourceText, span: Span, newText: string): TextReplacement {
  return { span, range: source.rangeOf(span), newText };
}

/**
 * Myers' greedy diff of two sequences of strings (lines here; words in the year-over-year
 * comparison); undefined when they differ by more than `max` items.
 */
export function diffSequences(a: readonly string[], b: readonly string[], max: number): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const cap = Math.min(max, n + m);
  const offset = cap + 1;
  const v = new Int32Array(2 * cap + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= cap; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], offset: number, n: number, m: number, depth: number): Hunk[] {
  // Walk back through the recorded frontiers, collecting the edit script.
  const ops: { kind: 'del' | 'ins'; a: number; b: number }[] = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) ops.push({ kind: 'ins', a: x, b: prevY });
    else ops.push({ kind: 'del', a: prevX, b: y });
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  // Merge adjacent operations into hunks.
  const hunks: Hunk[] = [];
  for (const op of ops) {
    const last = hunks[hunks.length - 1];
    const aStart = op.a;
    const bStart = op.b;
    const aEnd = op.kind === 'del' ? op.a + 1 : op.a;
    const bEnd = op.kind === 'ins' ? op.b + 1 : op.b;
    if (last && last.aEnd === aStart && last.bEnd === bStart) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else hunks.push({ aStart, aEnd, bStart, bEnd });
  }
  return hunks;
}
