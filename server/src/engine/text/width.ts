import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Display width in a monospace editor: CJK ideographs and full-width forms take two columns,
 * combining marks and zero-width characters none. The fast path for ASCII matters: tables
 * are aligned on every format request.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      width += 1;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      cp = s.codePointAt(i)!;
      i++;
    }
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}
