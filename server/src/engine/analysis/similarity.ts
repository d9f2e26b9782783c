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

/**
 * Last year's paragraphs, indexed so that finding those at least `threshold` similar to a
 * paragraph of this year stays near-linear however many paragraphs share common bigrams (政府,
 * 公开 are in nearly all of them). Prefix filtering: with bigram occurrences as tokens in one
 * order, rarest first, two texts `threshold`-similar must share a token among the first few of
 * each — at most |A| − ⌈t·|A|/(2−t)⌉ + 1 of them — so only those are indexed and probed; every
 * candidate is then measured exactly. Nothing similar enough is ever missed.
 */
export class ParagraphIndex {
  private readonly grams: Map<string, number>[];
  /** Bigram → number; a token is (bigram number, occurrence): the k-th 公开 of a paragraph. */
  private readonly gramIds = new Map<string, number>();
  private readonly frequency = new Map<number, number>();
  private readonly postings = new Map<number, number[]>();

  constructor(
    readonly texts: readonly string[],
    private readonly threshold: number,
  ) {
    this.grams = texts.map(bigrams);
    for (const grams of this.grams) for (const g of grams.keys()) if (!this.gramIds.has(g)) this.gramIds.set(g, this.gramIds.size);
    const tokenLists = this.grams.map((grams) => this.tokens(grams).known);
    for (const list of tokenLists) for (const t of list) this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
    tokenLists.forEach((list, i) => {
      for (const t of this.prefix(list, 0)) {
        const posting = this.postings.get(t);
        if (posting) posting.push(i);
        else this.postings.set(t, [i]);
      }
    });
  }

  /** The most similar indexed paragraph at least `threshold` similar, if any. */
  match(text: string): { index: number; similarity: number } | undefined {
    const grams = bigrams(text);
    const { known, unknown } = this.tokens(grams);
    const candidates = new Set<number>();
    for (const t of this.prefix(known, unknown)) for (const i of this.postings.get(t) ?? []) candidates.add(i);
    let best: { index: number; similarity: number } | undefined;
    for (const i of candidates) {
      const s = dice(grams, this.grams[i]);
      if (s >= this.threshold && (!best || s > best.similarity)) best = { index: i, similarity: s };
    }
    return best;
  }

  /** A bigram multiset as tokens; bigrams no indexed paragraph has are only counted (they match nothing). */
  private tokens(grams: ReadonlyMap<string, number>): { known: number[]; unknown: number } {
    const known: number[] = [];
    let unknown = 0;
    for (const [g, n] of grams) {
      const id = this.gramIds.get(g);
      if (id === undefined) unknown += n;
      else for (let k = 0; k < n; k++) known.push(id * OCCURRENCES + Math.min(k, OCCURRENCES - 1));
    }
    return { known, unknown };
  }

  /**
   * The rarest tokens of a text, as many as the threshold requires two similar texts to share
   * one of; tokens no indexed paragraph has come first in that order, so they use up places.
   */
  private prefix(known: readonly number[], unknown: number): number[] {
    const t = this.threshold;
    const size = known.length + unknown;
    const length = size - Math.ceil((t * size) / (2 - t) - 1e-9) + 1 - unknown;
    if (length <= 0) return [];
    // Sort by (frequency, token) as one number: the native numeric sort of a typed array.
    const keys = new Float64Array(known.length);
    for (let i = 0; i < known.length; i++) keys[i] = (this.frequency.get(known[i]) ?? 0) * 2 ** 32 + known[i];
    keys.sort();
    const out = new Array<number>(Math.min(length, keys.length));
    for (let i = 0; i < out.length; i++) out[i] = keys[i] % 2 ** 32;
    return out;
  }
}

/** Occurrences of one bigram in one paragraph told apart (more are counted as the last one). */
const OCCURRENCES = 1024;

/** The figures a paragraph quotes (digits, full-width folded), in order, each once. */
export function figuresIn(text: string): string[] {
  const folded = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return [...new Set(folded.match(/\d+(?:\.\d+)?/g) ?? [])];
}
