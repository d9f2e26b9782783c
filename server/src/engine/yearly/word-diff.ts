import { diffSequences } from '../language/text-diff';

/** A piece of a word-level diff: text both versions share, or text only one of them has. */
export interface DiffSegment {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * Words of report prose: Chinese is written without spaces, so each Han character is a word;
 * a figure with its decimals (429.385756) is one, and so is a run of Latin letters; so is a run
 * of spaces; anything else (punctuation) stands alone.
 */
export function words(text: string): string[] {
  return text.match(/[0-9０-９]+(?:[.．][0-9０-９]+)*|[A-Za-zＡ-Ｚａ-ｚ]+|\s+|[^]/gu) ?? [];
}

/** Beyond this many words changed, a paragraph is shown as replaced, not diffed word by word. */
const MAX_CHANGED_WORDS = 1000;

/**
 * The word-level diff of two texts, as segments in reading order (in a change, what was removed
 * comes before what was added). A single shared character between two changes — 的, 了, a
 * comma — is folded into the change: 「围绕重点领域」→「进一步转变」 reads as one replacement, not
 * as a patchwork of shared characters.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = words(before);
  const b = words(after);
  const hunks = diffSequences(a, b, MAX_CHANGED_WORDS) ?? [{ aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  const raw: DiffSegment[] = [];
  let ai = 0;
  for (const h of hunks) {
    if (h.aStart > ai) raw.push({ kind: 'same', text: a.slice(ai, h.aStart).join('') });
    if (h.aEnd > h.aStart) raw.push({ kind: 'removed', text: a.slice(h.aStart, h.aEnd).join('') });
    if (h.bEnd > h.bStart) raw.push({ kind: 'added', text: b.slice(h.bStart, h.bEnd).join('') });
    ai = h.aEnd;
  }
  if (ai < a.length) raw.push({ kind: 'same', text: a.slice(ai).join('') });
  return fold(raw);
}

/** Folds one-character shared runs between changes into the changes, and merges each change. */
function fold(raw: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  raw.forEach((segment, i) => {
    const between = i > 0 && i < raw.length - 1 && raw[i - 1].kind !== 'same' && raw[i + 1].kind !== 'same';
    if (segment.kind === 'same' && !(between && [...segment.text].length <= 1)) {
      flush();
      out.push(segment);
    } else if (segment.kind === 'same') {
      removed += segment.text;
      added += segment.text;
    } else if (segment.kind === 'removed') removed += segment.text;
    else added += segment.text;
  });
  flush();
  return out;
}
