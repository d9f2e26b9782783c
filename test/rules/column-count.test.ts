import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('column-count', () => {
  it('flags a row with a figure too few, on its figures, and reads none of them', () => {
    const text = replaceOnce(BASE, '|           10 |            0 |           38 |', '|           10 |           38 |');
    const d = single(text);
    expect(d.rule).toBe('column-count');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('54:27-54:44');
    expect(covered(text, d)).toBe('10 |           38');
    expect(d.message.zh).toBe('「行政规范性文件」行有 2 个数字，表二第二十条第（一）项有 3 列；无法确定各数字所属的列，本行未读取');
    expect(d.message.en).toBe('“行政规范性文件” has 2 figure(s) but table 二, Art. 20(1) has 3 columns; the figures cannot be placed and were not read');
    expect(d.fixes).toEqual([]);
  });

  it('flags a row with a figure too many', () => {
    const text = replaceOnce(BASE, '|           10 |            0 |           38 |', '|           10 |            0 | 0 |           38 |');
    const d = single(text);
    expect(d.message.zh).toBe('「行政规范性文件」行有 4 个数字，表二第二十条第（一）项有 3 列；无法确定各数字所属的列，本行未读取');
  });

  it('does not flag table 四’s official single row of 15 figures (three blocks of five)', () => {
    const head = '| 复议诉讼情况                 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
    const start = BASE.indexOf(head);
    const end = BASE.indexOf('\n\n', start);
    const text = BASE.slice(0, start) + '| 复议 | | | | | 诉讼 | | | | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n| 0 | 0 | 0 | 0 | 0 | 7 | 2 | 3 | 0 | 12 | 0 | 0 | 0 | 0 | 0 |' + BASE.slice(end);
    expect(check(text)).toEqual([]);
  });
});
