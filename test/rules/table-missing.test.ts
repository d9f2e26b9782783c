import { describe, expect, it } from 'vitest';
import { BASE, applyFix, brief, check, covered, deleteLines, lineOf, replaceOnce, single, where } from './base';

describe('table-missing', () => {
  it('flags a sub-table of 二 that is absent, and inserts it empty at its official place', () => {
    const at = lineOf(BASE, '| 第二十条第（五）项');
    const text = deleteLines(BASE, at, at + 3); // the table and the blank line after it
    const d = single(text);
    expect(d.rule).toBe('table-missing');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('49:1-49:16');
    expect(covered(text, d)).toBe('## 二、主动公开政府信息情况');
    expect(d.message.zh).toBe('缺少表二第二十条第（五）项');
    expect(d.message.en).toBe('Missing table 二, Art. 20(5)');
    const fixed = applyFix(text, d);
    // Between 第（一）项 and 第（六）项, a blank line on either side.
    expect(fixed.split('\n').slice(54, 61)).toEqual([
      '',
      '| 第二十条第（五）项 | 本年处理决定数量 |',
      '| ------------------ | ---------------: |',
      '| 行政许可           |                  |',
      '',
      '| 第二十条第（六）项 | 本年处理决定数量 |',
      '| ------------------ | ---------------: |',
    ]);
    // The inserted table is empty: its one cell asks for the figure, and nothing else is wrong.
    const after = check(fixed);
    expect(after.map(brief)).toEqual(['cell-empty/error@58:19-58:37']);
    expect(after[0].message.zh).toBe('表二第二十条第（五）项「行政许可」为空：须填写数字，没有则填 0');
  });

  it('flags a section with no table at all, on the section heading', () => {
    const text = deleteLines(BASE, lineOf(BASE, '| 复议诉讼情况'), lineOf(BASE, '| 行政诉讼（复议后起诉）') + 1);
    const d = single(text);
    expect(covered(text, d)).toBe('## 四、政府信息公开行政复议、行政诉讼情况');
    expect(d.message.zh).toBe('「政府信息公开行政复议、行政诉讼情况」下没有统计表');
    expect(d.message.en).toBe('“政府信息公开行政复议、行政诉讼情况” has no statistics table');
    const after = check(applyFix(text, d));
    expect(after.map((x) => [x.rule, x.message.en])).toEqual([['cell-empty', 'table 四 not filled in yet: 15 cells']]);
  });

  it('does not flag table 四 written as the official single row of 15 figures', () => {
    const start = lineOf(BASE, '| 复议诉讼情况');
    const text = replaceOnce(
      BASE,
      BASE.split('\n').slice(start - 1, start + 4).join('\n'),
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| 0 | 0 | 0 | 0 | 0 | 7 | 2 | 3 | 0 | 12 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(check(text)).toEqual([]);
  });
});
