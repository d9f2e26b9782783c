import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../server/src/engine';
import { asYear, applyFix, BASE, brief, check, covered, single, TABLE2_2019, where, withTable2019 } from './base';

describe('format-outdated', () => {
  it('flags a 2024 report whose table 二 is in the 2019 layout, on the first 2019 word', () => {
    const text = withTable2019();
    const d = single(text);
    expect(d.rule).toBe('format-outdated');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('51:15-51:22');
    expect(covered(text, d)).toBe('本年新制作数量');
    expect(d.message.zh).toBe('2024 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号），此处是 2019 年试行格式的表格');
    expect(d.message.en).toBe('A 2024 report must use the 2021 format (国办公开办函〔2021〕30号); this is the 2019 trial layout');
  });

  it('rewrites table 二 in the 2021 layout: figures that map carry over, the rest become “?” to fill in', () => {
    const text = withTable2019();
    const fixed = applyFix(text, single(text));
    expect(fixed.split('\n').slice(50, 67).join('\n')).toBe(
      [
        '| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '| ------------------ | -----------: | -----------: | -----------: |',
        '| 规章               |            0 |            ? |            ? |',
        '| 行政规范性文件     |           10 |            ? |            ? |',
        '',
        '| 第二十条第（五）项 | 本年处理决定数量 |',
        '| ------------------ | ---------------: |',
        '| 行政许可           |            35583 |',
        '',
        '| 第二十条第（六）项 | 本年处理决定数量 |',
        '| ------------------ | ---------------: |',
        '| 行政处罚           |             5025 |',
        '| 行政强制           |               91 |',
        '',
        '| 第二十条第（八）项 | 本年收费金额（单位：万元） |',
        '| ------------------ | -------------------------: |',
        '| 行政事业性收费     |                          ? |',
      ].join('\n'),
    );
    // What remains is exactly the five figures the 2019 table did not have.
    expect(check(fixed).map(brief)).toEqual([
      'cell-unreadable/error@53:48-53:49',
      'cell-unreadable/error@53:63-53:64',
      'cell-unreadable/error@54:43-54:44',
      'cell-unreadable/error@54:58-54:59',
      'cell-unreadable/error@67:42-67:43',
    ]);
  });

  it('does not flag the 2019 layout in a 2020 report, for which it was the format', () => {
    expect(check(asYear(withTable2019(), 2020))).toEqual([]);
  });

  /** The example with one sub-table of table 二 (the lines `at`..`at + count − 1`) replaced by its 2019 shape. */
  function oneSubTable2019(at: number, count: number, from: number, to: number): string {
    const lines = BASE.split('\n');
    lines.splice(at, count, ...TABLE2_2019.split('\n').slice(from, to));
    return lines.join('\n');
  }

  it('one sub-table in the 2019 shape among 2021 ones is one diagnostic; the others are read as they are', () => {
    const text = oneSubTable2019(50, 4, 0, 4);
    expect(check(text).map(brief)).toEqual(['format-outdated/error@51:15-51:22']);
    // The fix rewrites the old sub-table and leaves the others' figures as they were.
    const fixed = applyFix(text, single(text));
    expect(fixed.split('\n').slice(50, 54)).toEqual([
      '| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| ------------------ | -----------: | -----------: | -----------: |',
      '| 规章               |            0 |            ? |            ? |',
      '| 行政规范性文件     |           10 |            ? |            ? |',
    ]);
    expect(fixed.split('\n').slice(54).join('\n')).toBe(BASE.split('\n').slice(54).join('\n'));
    // Conversion keeps each sub-table in its own layout.
    expect(convertDocument(text).text).toBe(text);
  });

  it('a 2019 第二十条第（五）项 (上一年项目数量, 本年增/减) among 2021 sub-tables is placed by its heading', () => {
    const text = oneSubTable2019(55, 3, 5, 9);
    expect(check(text).map((d) => `${d.rule} ${covered(text, d)}`)).toEqual(['format-outdated 上一年项目数量']);
  });
});
