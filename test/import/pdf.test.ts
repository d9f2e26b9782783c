import { describe, expect, it } from 'vitest';
import { tableLines } from '../../server/src/import/compose/table';
import type { Cell, TableRow } from '../../server/src/import/document';
import type { TextPiece } from '../../server/src/import/pdf/content';
import { dropFurniture } from '../../server/src/import/pdf/furniture';
import { ruledTables } from '../../server/src/import/pdf/grid';
import { linesOf } from '../../server/src/import/pdf/lines';
import { continues, joinTables } from '../../server/src/import/pdf/merge';
import { metricsOf, proseBlocks } from '../../server/src/import/pdf/prose';
import { composeText } from '../../server/src/import/compose/text';
import { parseReport } from '../../server/src/engine';
import type { PageTable } from '../../server/src/import/pdf/tables';

/**
 * The PDF reader's geometry on pages built by hand: rulings into merged cells, tables joined
 * across a page break (repeated header, a row cut in two, a group label cut in two), page
 * furniture, and lines into paragraphs the Chinese way.
 */

const piece = (text: string, x: number, y: number, size = 16): TextPiece => ({ text, x, y, width: [...text].length * size, size });

describe('rulings', () => {
  it('finds the merged cells where no line separates two slots', () => {
    const h = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });
    const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });
    // 3 columns × 3 rows; the left column merged over rows 2–3; the top row merged over columns 2–3.
    const [table] = ruledTables([h(0, 0, 300), h(20, 100, 300), h(40, 0, 300), h(60, 0, 300), h(60.8, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 20, 60), v(300, 0, 60)]);
    expect(table.ys).toEqual([0, 20, 40, 60]);
    expect(table.xs).toEqual([0, 100, 200, 300]);
    expect(table.owner).toEqual([
      [0, 1, 1],
      [0, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('a lone frame or an underline is no table', () => {
    expect(ruledTables([{ x1: 0, y1: 0, x2: 100, y2: 0 }, { x1: 0, y1: 20, x2: 100, y2: 20 }, { x1: 0, y1: 0, x2: 0, y2: 20 }, { x1: 100, y1: 0, x2: 100, y2: 20 }])).toEqual([]);
  });
});

describe('a table across a page break', () => {
  const cell = (text: string): Cell => ({ text });
  const part = (page: number, rows: (Cell | undefined)[][]): PageTable => ({
    page,
    top: 0,
    bottom: 100,
    xs: [0, 20, 40, 200, 240, 280],
    rows: rows.map((slots, r): TableRow => ({ slots, origin: { kind: 'pdf', page, y: r * 20 } })),
  });
  const note = cell('（本列数据的勾稽关系为……）');
  const header = [note, note, note, cell('自然人'), cell('总计')];
  /** A label merged over the three label columns. */
  const wide = (text: string) => {
    const c = cell(text);
    return [c, c, c];
  };

  it('drops the repeated header, joins a group label and a row label the break cut in two', () => {
    const group = cell('（六）其他');
    const outer = cell('三、本年度办理结果');
    const first = part(5, [header, [outer, group, cell('1.申请人无正当理由逾期不补正、行政机关不再'), cell('0'), cell('0')]]);
    const rest = cell('处理');
    const outerRest = cell('');
    const second = part(6, [[...header], [outerRest, rest, cell('处理其政府信息公开申请'), cell(''), cell('')], [outerRest, rest, cell('2.重复申请'), cell('1'), cell('1')]]);
    expect(continues(first, second)).toBe(true);
    const joined = joinTables(first, second);
    expect(tableLines(joined.rows).map((l) => l.text)).toEqual([
      // The header row names the label column, so it is kept (its words tell the 2019 layout from 2021); once.
      '| （本列数据的勾稽关系为……） | 自然人 | 总计 |',
      '| 三、本年度办理结果 |',
      '| （六）其他处理 |',
      '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 |',
      '| 2.重复申请 | 1 | 1 |',
    ]);
  });

  it('a new numbered row at the top of the page is a row of its own', () => {
    const first = part(2, [[...wide('（一）予以公开'), cell('4'), cell('6')]]);
    const second = part(3, [[...wide('（二）部分公开'), cell('0'), cell('0')]]);
    expect(tableLines(joinTables(first, second).rows).map((l) => l.text)).toEqual(['| （一）予以公开 | 4 | 6 |', '| （二）部分公开 | 0 | 0 |']);
  });

  it('another table on the next page is not a continuation', () => {
    expect(continues(part(2, []), { ...part(3, []), xs: [0, 100, 200] })).toBe(false);
    expect(continues(part(2, []), part(4, []))).toBe(false);
  });
});

describe('page furniture', () => {
  const page = (n: number, lines: TextPiece[]) => ({ height: 842, lines: linesOf(n, lines) });
  it('drops page numbers and running headers in the margins, and nothing in the text', () => {
    const kept = dropFurniture([
      page(1, [piece('某县人民政府文件', 200, 40), piece('正文第一行', 80, 200), piece('- 1 -', 280, 800)]),
      page(2, [piece('某县人民政府文件', 200, 40), piece('共受理 12 件', 80, 200), piece('12', 300, 400), piece('— 2 —', 280, 800)]),
      page(3, [piece('某县人民政府文件', 200, 40), piece('第 3 页 共 3 页', 260, 810)]),
    ]);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['正文第一行'], ['共受理 12 件', '12'], []]);
  });
});

describe('lines into paragraphs', () => {
  it('starts a paragraph at an indented line, after a short line, and at a larger type; joins Chinese lines without spaces', () => {
    // Full lines of the body run to the right margin at 496 (justified), whatever their characters.
    const full = (text: string, x: number, y: number): TextPiece => ({ ...piece(text, x, y), width: 496 - x });
    const lines = linesOf(1, [
      piece('孝义市2024年政府信息公开工作年度报告', 120, 100, 22),
      full('本报告依据《中华人民共和国政府信息公开条例》要求，按', 112, 160),
      full('照格式编制而成。本报告由总体情况等 6', 80, 188),
      full('个方面组成，全年共受理申请 70 件，办结', 80, 216),
      piece('69 件。', 80, 244),
      piece('一、总体情况', 112, 272),
      full('2024 年，孝义市坚持以习近平新时代中国特色社会主义思', 112, 300),
    ]);
    const m = metricsOf(lines);
    expect(m).toEqual({ size: 16, left: 80, right: 496, pitch: 28 });
    const blocks = proseBlocks(lines, m);
    expect(blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind))).toEqual([
      '# 孝义市2024年政府信息公开工作年度报告',
      '本报告依据《中华人民共和国政府信息公开条例》要求，按照格式编制而成。本报告由总体情况等 6个方面组成，全年共受理申请 70 件，办结69 件。',
      '一、总体情况',
      '2024 年，孝义市坚持以习近平新时代中国特色社会主义思',
    ]);
    expect(blocks[1].origin).toEqual({ kind: 'pdf', page: 1, y: 160 });
  });
});

describe('a table drawn without rulings', () => {
  it('keeps its columns apart, as pdftotext -layout would, for the tolerant reader', () => {
    const row = (y: number, label: string, figures: string[]) => [piece(label, 80, y, 12), ...figures.map((f, i) => piece(f, 300 + i * 60, y, 12))];
    const lines = linesOf(1, [
      piece('二、主动公开政府信息情况', 112, 100),
      ...row(130, '规章', ['0', '0', '6']),
      ...row(148, '行政规范性文件', ['10', '0', '38']),
    ]);
    const blocks = proseBlocks(lines, metricsOf(lines));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'layout', 'layout']);
    const text = composeText({ format: 'pdf', blocks }).map((l) => l.text);
    // A wide gap is kept as spaces in proportion (half a font size each), as pdftotext -layout writes it.
    expect(text.slice(2)).toEqual(['规章                                 0        0        6', '行政规范性文件                       10      0        38']);
    const model = parseReport(text.join('\n'));
    expect(model.tables.get('t2-1')?.byId.get('normative')?.cells.map((c) => c.parsed.value)).toEqual([10, 0, 38]);
  });
});
