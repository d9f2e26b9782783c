/**
 * Chinese text is written without spaces between words: a line break or a run of layout
 * whitespace between two CJK characters is not a space in the text (CSS's segment-break rule
 * for wide characters, and how a reader of a PDF joins its lines). Between Latin letters or
 * digits it is one space.
 */

/** Han ideographs, CJK and full-width punctuation, and the curly quotes and dashes Chinese text uses. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F\u2014\u2026\u00B7]/;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && char !== '\u3000' && CJK.test(char);
}

/** Whitespace runs (also no-break and ideographic spaces) collapsed the CJK way, ends trimmed. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, (run, at: number, whole: string) => (isCjk(whole[at - 1]) && isCjk(whole[at + run.length]) ? '' : ' '))
    .trim();
}

/** Two pieces of one paragraph or cell, broken by layout, joined as the text reads. */
export function joinPieces(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return isCjk(a[a.length - 1]) || isCjk(b[0]) ? a + b : `${a} ${b}`;
}
