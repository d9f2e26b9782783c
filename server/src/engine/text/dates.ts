import { chineseNumeral } from './normalize';

/** A calendar date as reports write it. */
export interface DateValue {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date written in the text, with its position in the string searched. */
export interface FoundDate {
  readonly date: DateValue;
  readonly index: number;
  readonly length: number;
  /** False for 「12 月 31 日」 without a year (the year is taken from context). */
  readonly hasYear: boolean;
}

const FULL = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const CN = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

function valid(year: number, month: number, day: number): DateValue | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

function cnYear(s: string): number {
  return Number([...s].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' || c === '○' ? '〇' : c)).join(''));
}

/** Every date in the text, in order of position. Month-day dates take `defaultYear` (0 when unknown). */
export function findDates(text: string, defaultYear = 0): FoundDate[] {
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, length: number, date: DateValue | undefined, hasYear: boolean) => {
    if (!date) return;
    if (taken.some(([a, b]) => index < b && index + length > a)) return;
    taken.push([index, index + length]);
    out.push({ date, index, length, hasYear });
  };
  for (const m of text.matchAll(FULL)) add(m.index!, m[0].length, valid(+m[1], +m[2], +m[3]), true);
  for (const m of text.matchAll(ISO)) add(m.index!, m[0].length, valid(+m[1], +m[2], +m[3]), true);
  for (const m of text.matchAll(CN)) add(m.index!, m[0].length, valid(cnYear(m[1]), chineseNumeral(m[2]) ?? 0, chineseNumeral(m[3]) ?? 0), true);
  for (const m of text.matchAll(MONTH_DAY)) add(m.index!, m[0].length, valid(defaultYear || 2000, +m[1], +m[2]), false);
  return out.sort((a, b) => a.index - b.index);
}

/** A line that is only a date, as in a signature block: 「2025 年 1 月 24 日」 or 「（2026年1月23日）」. */
export function dateOnlyLine(line: string): FoundDate | undefined {
  // A date line is short and starts with its year (digits or 〇一二…); most lines are neither.
  if (line.length > 40 || !/^\s*[（(]?\s*[\d〇零○一二三四五六七八九]{4}/.test(line)) return undefined;
  const t = line.trim().replace(/^[（(]\s*/, '').replace(/\s*[)）]$/, '');
  const found = findDates(t).filter((d) => d.hasYear);
  if (found.length !== 1 || found[0].index !== 0 || found[0].length !== t.length) return undefined;
  return found[0];
}

export function compareDates(a: DateValue, b: DateValue): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(d: DateValue, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${d.year}年${d.month}月${d.day}日` : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
