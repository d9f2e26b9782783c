import type { RowSpec } from '../format';
import type { LabelMatch } from '../model';
import { editDistance, labelKey, splitNumbering, type Numbering } from '../text/normalize';

/**
 * Recognises a row label, however it was mangled on its way into the draft: full-width
 * or half-width, spaced out by PDF extraction (自然 人), prefixed by its group label or by
 * vertical group characters (本 2.其他法律…), cut in two (行政机关不再处理其政), or altered
 * (三类内容事务信息). Precision first: an ambiguous fragment returns candidates, not a guess.
 */

export interface RowMatch {
  readonly row?: RowSpec;
  readonly how?: LabelMatch;
  /** The wording is a known alteration or a near miss of the official label. */
  readonly altered?: boolean;
  /** Rows a fragment could belong to, when it is ambiguous. */
  readonly candidates?: readonly RowSpec[];
}

interface KeyedRow {
  readonly row: RowSpec;
  readonly body: string;
  readonly variants: readonly { key: string; altered: boolean }[];
}

export class RowMatcher {
  private readonly keyed: KeyedRow[];
  /** Results by label: the same labels come back on every keystroke and in every report. */
  private readonly cache = new Map<string, RowMatch>();

  constructor(readonly rows: readonly RowSpec[]) {
    this.keyed = rows.map((row) => ({
      row,
      body: labelKey(row.body),
      variants: row.variants.map((v) => ({ key: labelKey(v.text), altered: v.altered })),
    }));
  }

  match(label: string): RowMatch {
    const hit = this.cache.get(label);
    if (hit) return hit;
    const result = this.matchUncached(label);
    if (this.cache.size >= 4096) this.cache.clear();
    this.cache.set(label, result);
    return result;
  }

  private matchUncached(label: string): RowMatch {
    const key = labelKey(label);
    if (key.length === 0) return {};
    const { numbering, rest } = splitNumbering(label);
    const restKey = labelKey(rest);

    if (restKey.length === 0) return numbering ? this.byNumbering(numbering) : {};

    // 1. The official wording, or a known variant, exactly.
    for (const k of this.keyed) {
      if (restKey === k.body) return { row: k.row, how: 'exact' };
    }
    for (const k of this.keyed) {
      for (const v of k.variants) if (restKey === v.key) return { row: k.row, how: 'variant', altered: v.altered };
    }

    // 2. Wording at the end, after a group label or vertical group characters.
    const suffix = this.longest((k) => [k.body, ...k.variants.map((v) => v.key)].filter((b) => b.length >= 2 && key.endsWith(b)));
    if (suffix) return suffix;

    // 3. Wording inside, with something after it (a note, a stray character).
    const inside = this.longest((k) => [k.body, ...k.variants.map((v) => v.key)].filter((b) => b.length >= 4 && key.includes(b)));
    if (inside) return inside;

    // 4. An altered wording close to the official one (edit distance).
    if (restKey.length >= 4) {
      const max = Math.max(1, Math.floor(restKey.length * 0.15));
      let best: { row: RowSpec; d: number } | undefined;
      let tie = false;
      for (const k of this.keyed) {
        const d = editDistance(restKey, k.body, max);
        if (d <= max) {
          if (!best || d < best.d) {
            best = { row: k.row, d };
            tie = false;
          } else if (d === best.d) tie = true;
        }
      }
      if (best && !tie) return { row: best.row, how: 'fuzzy', altered: true };
    }

    // 5. A fragment of one label (a label cut across cells or lines).
    if (restKey.length >= 4) {
      const holders = this.keyed.filter((k) => k.body.includes(restKey));
      if (holders.length === 1) return { row: holders[0].row, how: 'fragment' };
      if (holders.length > 1) return { candidates: holders.map((h) => h.row) };
    }
    return {};
  }

  private byNumbering(n: Numbering): RowMatch {
    if (n.kind === 'item') return {};
    const hits = this.rows.filter((r) => r.numbering?.kind === n.kind && r.numbering.value === n.value);
    return hits.length === 1 ? { row: hits[0], how: 'numbering' } : {};
  }

  /** The row whose matching text is longest; a tie between rows is no match. */
  private longest(texts: (k: KeyedRow) => string[]): RowMatch | undefined {
    let best: { k: KeyedRow; len: number; text: string } | undefined;
    let tie = false;
    for (const k of this.keyed) {
      for (const t of texts(k)) {
        if (!best || t.length > best.len) {
          best = { k, len: t.length, text: t };
          tie = false;
        } else if (t.length === best.len && best.k !== k) tie = true;
      }
    }
    if (!best || tie) return undefined;
    const variant = best.k.variants.find((v) => v.key === best!.text && best!.text !== best!.k.body);
    return { row: best.k.row, how: 'prefixed', altered: variant?.altered ?? false };
  }
}

