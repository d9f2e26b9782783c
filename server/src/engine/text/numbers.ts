import { foldWidth, isPatternSpace } from './normalize';

/** What a figure cell holds, as the checker sees it. */
export type CellStatus =
  /** A figure written canonically. */
  | 'ok'
  /** A figure, but written with full-width digits, separators, bold or leading zeros. */
  | 'styled'
  /** Nothing, or a blank placeholder (·) left by extraction. */
  | 'empty'
  /** `/`, `-`, `无`, text, or a number with a unit. */
  | 'not-number'
  | 'negative'
  | 'not-integer'
  /** `?`: the converter could not read this figure from the source. */
  | 'unreadable'
  /**
   * A figure with more digits than the checker holds exactly: an integer beyond 2^53 − 1, or
   * more than 15 significant digits. Never computed with, never rewritten.
   */
  | 'unrepresentable';

export type ValueKind = 'count' | 'money' | 'delta';

export interface ParsedCell {
  readonly status: CellStatus;
  /** The figure, when one can be read (also for styled, negative and not-integer cells). */
  readonly value?: number;
  /** Canonical spelling of the figure, when the cell should be rewritten to it. */
  readonly canonical?: string;
}

const EMPTY: ParsedCell = { status: 'empty' };
const BLANK_PLACEHOLDERS = new Set(['', '·', '•', '・', '∙', '⋅']);
const DASHES = /^[-—–―－/／\\]+$/;
const UNIT_SUFFIX = /^(-?\d+(?:\.\d+)?)\s*(件|个|项|次|条|人|家|份|元|万元)$/;

export function isBlankCell(raw: string): boolean {
  if (raw.length <= 1) return BLANK_PLACEHOLDERS.has(raw) || raw.trim() === '';
  return BLANK_PLACEHOLDERS.has(raw.replace(/[*\s]/g, ''));
}

/** Whether text looks like a figure cell (used to tell figures from labels in pasted rows). */
export function looksLikeFigure(raw: string): boolean {
  if (isPlainDigits(raw)) return true;
  // A single character: a digit was handled above; a placeholder or 无 is a (blank) figure.
  if (raw.length === 1) return BLANK_PLACEHOLDERS.has(raw) || DASHES.test(raw) || raw === '无' || raw === '?' || (raw >= '０' && raw <= '９');
  // Words of two or more Han characters (labels, headers) are never figures.
  if (raw.length >= 2 && isHanCode(raw.charCodeAt(0)) && isHanCode(raw.charCodeAt(1))) return false;
  if (!onlyFigureChars(raw)) return false;
  const t = foldWidth(raw).replace(/[*\s]/g, '');
  if (t === '') return false;
  if (BLANK_PLACEHOLDERS.has(t) || DASHES.test(t) || t === '无' || t === '?') return true;
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) || /^-?\d+(\.\d+)?$/.test(t) || UNIT_SUFFIX.test(t);
}

/** Reads one figure cell. Never throws; anything unreadable gets a status that says why. */
export function parseCell(raw: string, kind: ValueKind, allowUnits: readonly string[] = []): ParsedCell {
  // The common cases, a plain figure like 35583 or a blank, without any pattern matching
  // (15 digits or fewer are always held exactly; a longer figure goes through isExact below).
  if (isPlainDigits(raw) && (raw.length === 1 || raw[0] !== '0') && raw.length <= EXACT_DIGITS) return { status: 'ok', value: Number(raw) };
  if (raw.length <= 1 && isBlankCell(raw)) return EMPTY;
  const bare = raw.trim();
  const noBold = bare.replace(/^\*\*(.*)\*\*$/, '$1').replace(/^__(.*)__$/, '$1').trim();
  if (isBlankCell(noBold)) return { status: 'empty' };
  if (noBold === '?' || noBold === '？') return { status: 'unreadable' };
  const folded = foldWidth(noBold).replace(/\s+/g, '');
  if (DASHES.test(folded) || folded === '无') return { status: 'not-number' };

  let digits = folded;
  let styled = noBold !== bare || folded !== noBold;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) {
    digits = digits.replace(/,/g, '');
    styled = true;
  }
  if (!/^-?\d+(\.\d+)?$/.test(digits)) {
    const unit = UNIT_SUFFIX.exec(digits);
    if (unit) {
      if (!isExact(unit[1])) return UNREPRESENTABLE;
      const value = Number(unit[1]);
      // A unit the column itself allows (元 in a 2019 procurement amount) is not an error.
      if (allowUnits.includes(unit[2])) return { status: 'ok', value };
      return { status: 'not-number', value, canonical: unit[1] };
    }
    return { status: 'not-number' };
  }
  if (/^-?0\d/.test(digits)) styled = true;
  if (!isExact(digits)) return UNREPRESENTABLE;
  const value = Number(digits);
  const canonical = canonicalNumber(value);
  if (value < 0 && kind !== 'delta') return { status: 'negative', value };
  if (!Number.isInteger(value) && kind !== 'money') return { status: 'not-integer', value };
  if (styled || canonical !== digits) return { status: 'styled', value, canonical };
  return { status: 'ok', value };
}

/**
 * Every character any figure form below accepts (digits, separators, placeholders, dashes, 无,
 * ?, units), before width folding, plus what is removed first (* and whitespace). A text with
 * any other character is no figure: labels are turned away without a copy or a pattern.
 */
const FIGURE_CHARS: ReadonlySet<number> = new Set(
  [...'0123456789,.-/\\?*·•・∙⋅—–―无件个项次条人家份元万'].flatMap((ch) => {
    const c = ch.charCodeAt(0);
    // The full-width form of an ASCII character folds to it.
    return c >= 0x21 && c <= 0x7e ? [c, c + 0xfee0] : [c];
  }),
);

function onlyFigureChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!FIGURE_CHARS.has(c) && !isPatternSpace(c)) return false;
  }
  return true;
}

const UNREPRESENTABLE: ParsedCell = { status: 'unrepresentable' };

/** At most this many significant digits survive a number's round trip through a double exactly. */
export const EXACT_DIGITS = 15;

/**
 * Whether a figure written as plain decimal digits (`-?\d+(\.\d+)?`) is held exactly as a
 * number: an integer up to 2^53 − 1, or a decimal of at most 15 significant digits. Anything
 * else would be silently changed (9007199254740993 reads as …992), so it is not used at all.
 */
export function isExact(digits: string): boolean {
  const unsigned = digits.startsWith('-') ? digits.slice(1) : digits;
  const point = unsigned.indexOf('.');
  if (point < 0) return Number.isSafeInteger(Number(unsigned));
  if (Number(unsigned) > Number.MAX_SAFE_INTEGER) return false;
  const significant = (unsigned.slice(0, point) + unsigned.slice(point + 1)).replace(/^0+/, '').replace(/0+$/, '');
  return significant.length <= EXACT_DIGITS;
}

export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isPlainDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The canonical spelling of a figure: plain ASCII digits, no separators, never an exponent.
 * Figures come from isExact cells and safe sums, so the digits are the figure's own.
 */
export function canonicalNumber(value: number): string {
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  // Decimal fees like 429.385756 keep their digits; avoid binary float noise.
  return withoutExponent(String(Number(value.toPrecision(EXACT_DIGITS))));
}

/** 「1e-7」 → 「0.0000001」: JavaScript writes small decimals with an exponent, reports never do. */
function withoutExponent(text: string): string {
  const e = text.indexOf('e-');
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const digits = text.slice(sign.length, e).replace('.', '');
  return `${sign}0.${'0'.repeat(Number(text.slice(e + 2)) - 1)}${digits}`;
}

/**
 * The figure a cell contributes to sums, or undefined when it has none we may use. A figure
 * written with a counting unit (「3件」) counts as the figure rule cell-not-number's fix writes:
 * left out, the sums it belongs to went unchecked until that fix, and Fix All then changed a
 * total the first check never named.
 */
export function usableValue(cell: ParsedCell): number | undefined {
  return cell.status === 'ok' || cell.status === 'styled' || (cell.status === 'not-number' && cell.canonical !== undefined) ? cell.value : undefined;
}
