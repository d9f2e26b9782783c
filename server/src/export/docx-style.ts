import { convertMillimetersToTwip, LineRuleType, type IStylesOptions } from 'docx';

/**
 * The official document style (党政机关公文格式, GB/T 9704) for the Word export: A4 with its
 * margins, 仿宋 三号 body on a fixed 28-point line, 方正小标宋 二号 title, 黑体 / 楷体 headings,
 * 宋体 五号 in tables. Font names are the ones Chinese Windows and WPS know; LibreOffice and
 * Word substitute the nearest installed CJK font where one is missing.
 */

export const FONTS = {
  body: '仿宋',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体',
  table: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points. */
export const SIZES = { title: 44, body: 32, table: 21, footer: 28 } as const;

export const PAGE = {
  // A4 as Word itself writes it (210 × 297 mm rounded to whole twips: 11906 × 16838).
  width: 11906,
  height: 16838,
  margin: {
    top: convertMillimetersToTwip(37),
    bottom: convertMillimetersToTwip(35),
    left: convertMillimetersToTwip(28),
    right: convertMillimetersToTwip(26),
  },
};

/** Width of the text block, for table column widths. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** One body line: 28 points. */
export const LINE = 560;

/** A first-line indent of two characters of body text. */
export const INDENT_2 = 640;

export const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONTS.body), size: SIZES.body, color: '000000' },
      paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    title: {
      run: { font: font(FONTS.title), size: SIZES.title, color: '000000', bold: false },
      paragraph: { spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE } },
    },
    heading1: {
      run: { font: font(FONTS.heading1), size: SIZES.body, color: '000000', bold: false, italics: false },
      paragraph: { keepNext: true, indent: { firstLine: INDENT_2 }, spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    heading2: {
      run: { font: font(FONTS.heading2), size: SIZES.body, color: '000000', bold: true, italics: false },
      paragraph: { keepNext: true, indent: { firstLine: INDENT_2 }, spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
  },
};
