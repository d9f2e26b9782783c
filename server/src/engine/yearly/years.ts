/**
 * A year written the way reports write it — 「2023」, full-width 「２０２３」, spaced 「2 0 2 3」
 * (extracted titles) or 「二〇二三」 — found in a piece of text and rewritten as another year in
 * the same style.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const ASCII = /(?<![\d０-９])([0-9０-９])(\s?)([0-9０-９])\2([0-9０-９])\2([0-9０-９])(?![\d０-９])/g;
const CN = /(?<![〇零○一二三四五六七八九])([〇零○一二三四五六七八九]{4})(?![〇零○一二三四五六七八九])/g;

const digitValue = (c: string) => {
  const code = c.charCodeAt(0);
  return code >= 0xff10 ? code - 0xff10 : code - 48;
};
const cnDigitValue = (c: string) => CN_DIGITS.indexOf(c === '零' || c === '○' ? '〇' : c);

/** Rewrites every mention of year `from` in `text` as `to`, keeping how each was written. */
export function replaceYear(text: string, from: number, to: number): string {
  const target = String(to);
  let out = text.replace(ASCII, (match, a: string, gap: string, b: string, c: string, d: string) => {
    if (Number([a, b, c, d].map(digitValue).join('')) !== from) return match;
    const fullWidth = a.charCodeAt(0) >= 0xff10;
    const digits = [...target].map((ch) => (fullWidth ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch));
    return digits.join(gap);
  });
  out = out.replace(CN, (match: string) => {
    if (Number([...match].map(cnDigitValue).join('')) !== from) return match;
    return [...target].map((ch) => CN_DIGITS[Number(ch)]).join('');
  });
  return out;
}
