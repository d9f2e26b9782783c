import { isCjk } from '../text';
import { right, type TextPiece } from './content';

/** A line of text on a page: pieces that share a baseline, left to right. */
export interface Line {
  readonly page: number;
  readonly pieces: readonly TextPiece[];
  readonly x: number;
  readonly right: number;
  /** Baseline, from the top of the page. */
  readonly y: number;
  readonly size: number;
  /** The pieces joined as the text reads (no space inside Chinese, one between Latin words). */
  readonly text: string;
  /** Gaps wide enough to separate columns (a table without rulings), in points. */
  readonly wideGaps: number;
}

/** A gap between pieces wider than this many font sizes separates columns, not words. */
export const COLUMN_GAP = 1.5;

/** Groups pieces into lines (top to bottom) by their baselines. */
export function linesOf(page: number, pieces: readonly TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const last = groups[groups.length - 1];
    const ref = last?.[0];
    if (ref && Math.abs(piece.y - ref.y) <= 0.3 * Math.min(ref.size, piece.size)) last.push(piece);
    else groups.push([piece]);
  }
  return groups.map((g) => makeLine(page, g));
}

export function makeLine(page: number, group: readonly TextPiece[]): Line {
  const pieces = [...group].sort((a, b) => a.x - b.x);
  const size = median(pieces.map((p) => p.size));
  let text = '';
  let wideGaps = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      const gap = p.x - right(pieces[i - 1]);
      if (gap > COLUMN_GAP * size) wideGaps++;
      text += separator(text, p.text, gap, size);
    }
    text += p.text;
  });
  return { page, pieces, x: pieces[0].x, right: Math.max(...pieces.map(right)), y: pieces[0].y, size, text: text.replace(/\s+/g, ' ').trim(), wideGaps };
}

/** Between two pieces of one line: nothing inside Chinese or a word; a space where the writer left one. */
export function separator(before: string, after: string, gap: number, size: number): string {
  if (gap <= 0.15 * size) return '';
  const a = before.trimEnd().slice(-1);
  const b = after.trimStart()[0];
  return isCjk(a) && isCjk(b) ? '' : ' ';
}

/** The text of a line with wide gaps kept as runs of spaces, as `pdftotext -layout` writes it. */
export function layoutText(line: Line): string {
  let out = '';
  line.pieces.forEach((p, i) => {
    if (i > 0) {
      const gap = p.x - right(line.pieces[i - 1]);
      out += gap > COLUMN_GAP * line.size ? ' '.repeat(Math.max(2, Math.round(gap / (line.size / 2)))) : separator(out, p.text, gap, line.size);
    }
    out += p.text.trim();
  });
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
