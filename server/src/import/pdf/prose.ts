import type { Block } from '../document';
import { joinPieces } from '../text';
import { layoutText, median, type Line } from './lines';

/**
 * The page's lines as paragraphs, the way a reader sees them: a paragraph starts with an
 * indented line (Chinese documents indent two characters), after a line that stops short of
 * the right margin, after a larger gap, or where the type size changes; across a page break it
 * simply goes on. Lines are joined the CJK way (no space where the line broke). Lines in a
 * larger size than the body are headings (the title); lines of several widely spaced columns
 * (a table drawn without rulings) are kept as laid out, for the report parser's reading of
 * extracted tables.
 */

export interface Metrics {
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

export function metricsOf(lines: readonly Line[]): Metrics {
  // The body's size is the prose's: lines of a table without rulings (wide gaps) do not vote.
  const weight = new Map<number, number>();
  for (const l of lines) if (l.wideGaps === 0) weight.set(round(l.size), (weight.get(round(l.size)) ?? 0) + l.text.length);
  const size = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.5 && l.wideGaps === 0);
  const lefts = new Map<number, number>();
  for (const l of body) lefts.set(round(l.x), (lefts.get(round(l.x)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) if (body[i].page === body[i - 1].page && body[i].y > body[i - 1].y) gaps.push(body[i].y - body[i - 1].y);
  return { size, left, right: rightEdge, pitch: median(gaps) || size * 1.75 };
}

export function proseBlocks(lines: readonly Line[], m: Metrics): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0];
    const text = current.map((l) => l.text).reduce(joinPieces, '');
    const origin = { kind: 'pdf' as const, page: first.page, y: Math.round(first.y) };
    if (first.size >= m.size * 1.2) blocks.push({ kind: 'heading', level: 1, text, origin });
    else blocks.push({ kind: 'paragraph', runs: [{ text }], origin });
    current = [];
  };
  for (const line of lines) {
    if (line.wideGaps >= 2) {
      flush();
      blocks.push({ kind: 'layout', text: layoutText(line), origin: { kind: 'pdf', page: line.page, y: Math.round(line.y) } });
      continue;
    }
    const previous = current[current.length - 1];
    if (previous && startsParagraph(previous, line, m)) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

function startsParagraph(a: Line, b: Line, m: Metrics): boolean {
  if (Math.abs(a.size - b.size) > 0.15 * m.size) return true;
  if (b.x > m.left + 0.8 * b.size) return true;
  if (a.right < m.right - 1.5 * a.size) return true;
  if (a.page !== b.page) return false;
  return b.y - a.y > 1.6 * m.pitch;
}

function round(n: number): number {
  return Math.round(n * 2) / 2;
}
