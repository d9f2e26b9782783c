/**
 * How alike two prose paragraphs are: the Sørensen–Dice coefficient over character bigrams,
 * which suits Chinese (no spaces between words) and is insensitive to a clause moved within a
 * paragraph. Rule copied-text and the year-over-year comparison measure with it.
 */

export function hanCount(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}

/** The bigram multiset of a text, whitespace ignored. */
export function bigrams(s: string): Map<string, number> {
  const t = s.replace(/\s+/g, '');
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient over bigram multisets: 1 for the same text, 0 for nothing shared. */
export function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [g, n] of a) {
    common += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/**
 * Last year's paragraphs, indexed by bigram, so that finding the closest one to each of this
 * year's paragraphs stays near-linear in the size of the two reports.
 */
export class ParagraphIndex {
  private readonly grams: Map<string, number>[];
  private readonly index = new Map<string, number[]>();

  constructor(readonly texts: readonly string[]) {
    this.grams = texts.map(bigrams);
    this.grams.forEach((grams, i) => {
      for (const g of grams.keys()) {
        const list = this.index.get(g);
        if (list) list.push(i);
        else this.index.set(g, [i]);
      }
    });
  }

  /** The most similar indexed paragraph, or undefined when none shares a bigram. */
  closest(text: string): { index: number; similarity: number } | undefined {
    const grams = bigrams(text);
    const candidates = new Set<number>();
    for (const g of grams.keys()) for (const i of this.index.get(g) ?? []) candidates.add(i);
    let best: { index: number; similarity: number } | undefined;
    for (const i of candidates) {
      const s = dice(grams, this.grams[i]);
      if (!best || s > best.similarity) best = { index: i, similarity: s };
    }
    return best;
  }
}

/** The figures a paragraph quotes (digits, full-width folded), in order, each once. */
export function figuresIn(text: string): string[] {
  const folded = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return [...new Set(folded.match(/\d+(?:\.\d+)?/g) ?? [])];
}
