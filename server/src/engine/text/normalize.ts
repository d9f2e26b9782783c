/**
 * Text normalisation for matching labels written in many hands: full/half-width forms,
 * stray spaces from PDF extraction, bold markers, quotes and list punctuation.
 * Keys are for comparison only; they are never mapped back to the source.
 */

const CN_DIGITS = '〇一二三四五六七八九';

/** 一 → 1, 十三 → 13, 二十七 → 27; undefined when not a Chinese numeral. */
export function chineseNumeral(s: string): number | undefined {
  if (!/^[〇零一二三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      current = ch === '零' ? 0 : CN_DIGITS.indexOf(ch);
    }
  }
  return total + current;
}

/** 1 → 一, 13 → 十三 (for numbers up to 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** Full-width ASCII (digits, letters, brackets, punctuation) to half-width; ideographic space to space. */
export function foldWidth(s: string): string {
  // Most text has no full-width ASCII at all: return it as it is without building a copy.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

const EMPHASIS = /[*_`~]/g;

/** Characters dropped from a label key: spaces, emphasis, quotes and list punctuation (after width folding). */
const DROPPED = new Set([...' \t\n\r\u00a0*_`~"\'“”‘’「」『』,、;:.。·•・!?-—–―'].map((c) => c.charCodeAt(0)));
const OPEN_BRACKETS = new Set([...'【〔［'].map((c) => c.charCodeAt(0)));
const CLOSE_BRACKETS = new Set([...'】〕］'].map((c) => c.charCodeAt(0)));

const KEEP = 0xffff;
const DROP = 0xfffe;

/**
 * What a label key makes of each UTF-16 code unit, worked out once from the sets above: KEEP it,
 * DROP it, or the code of the character that replaces it. One array read per character instead
 * of three set lookups, on the path every table line and heading takes.
 */
const KEY_ACTION: Uint16Array = (() => {
  const action = new Uint16Array(0x10000).fill(KEEP);
  const decide = (code: number) => {
    let c = code;
    let replaced = false;
    if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      replaced = true;
    } else if (c === 0x3000) c = 32;
    if (DROPPED.has(c)) action[code] = DROP;
    else if (OPEN_BRACKETS.has(c)) action[code] = 0x28;
    else if (CLOSE_BRACKETS.has(c)) action[code] = 0x29;
    else if (replaced) action[code] = c;
  };
  for (let code = 0xff01; code <= 0xff5e; code++) decide(code);
  for (const code of [0x3000, ...DROPPED, ...OPEN_BRACKETS, ...CLOSE_BRACKETS]) decide(code);
  return action;
})();

/**
 * The comparison key of a label: width-folded, without spaces, emphasis, quotes or list
 * punctuation, brackets normalised to ASCII parentheses. 「（二） 部分公开(区分处理的，只计…」 and
 * 「(二)部分公开（区分处理的,只计…」 have the same key. One pass over the characters: keys are
 * computed for every table line on every keystroke.
 */
export function labelKey(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const action = KEY_ACTION[s.charCodeAt(i)];
    if (action === KEEP) continue;
    out += action === DROP ? s.slice(runStart, i) : s.slice(runStart, i) + String.fromCharCode(action);
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** How a label is numbered: 一、 (top), （一） (group), 1. (item). */
export interface Numbering {
  readonly kind: 'top' | 'group' | 'item';
  readonly value: number;
}

const NUMBERING = /^\s*(?:[（(]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*[、.．,，]|([0-9０-９]{1,2})\s*[.．、,，](?![0-9０-９]))\s*/;

/** Splits a leading list number off a label (after emphasis markers). */
export function splitNumbering(label: string): { numbering?: Numbering; rest: string } {
  const clean = label.replace(EMPHASIS, '');
  const m = NUMBERING.exec(clean);
  if (!m) return { rest: clean.trim() };
  const rest = clean.slice(m[0].length).trim();
  if (m[1]) return { numbering: { kind: 'group', value: chineseNumeral(m[1]) ?? 0 }, rest };
  if (m[2]) return { numbering: { kind: 'top', value: chineseNumeral(m[2]) ?? 0 }, rest };
  return { numbering: { kind: 'item', value: Number(foldWidth(m[3])) }, rest };
}

/** The two rows of the distance table, reused across calls (grown when a longer text comes). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (prev[j - 1] + cost < d) d = prev[j - 1] + cost;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length];
}

/** What `\s` matches in a pattern: whitespace and line terminators (for scans that avoid a pattern). */
export function isPatternSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True for CJK ideographs (the characters that carry a label's meaning). */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK Unified Ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // Extension A
    (c >= 0x20000 && c <= 0x3134f) || // Extensions B–G
    (c >= 0xf900 && c <= 0xfaff) || // Compatibility Ideographs
    c === 0x3007 // 〇
  );
}
