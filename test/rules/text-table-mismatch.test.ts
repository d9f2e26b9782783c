import { describe, expect, it } from 'vitest';
import { fixAll } from '../../server/src/engine';
import { BASE, check, covered, expectFixRestores, replaceOnce, setCell, single, where } from './base';

describe('text-table-mismatch', () => {
  const text = replaceOnce(BASE, '出台行政规范性文件 10 件', '出台行政规范性文件 8 件');

  it('flags a prose figure that differs from the table cell it describes, on the figure', () => {
    const d = single(text);
    expect(d.rule).toBe('text-table-mismatch');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('37:79-37:80');
    expect(covered(text, d)).toBe('8');
    expect(d.message.zh).toBe('正文“出台行政规范性文件 8 件”与表二「行政规范性文件」「本年制发件数」 10 不符');
    expect(d.message.en).toBe('The text “出台行政规范性文件 8 件” says 8; table 二 normative documents issued this year is 10');
    // Which side is wrong is a human decision: both directions, neither preferred.
    expect(d.fixes.map((f) => [f.title.zh, f.preferred ?? false])).toEqual([
      ['把正文改为 10（与表一致）', false],
      ['把表中数字改为 8', false],
    ]);
  });

  it('one fix changes the prose to the table figure', () => {
    expect(expectFixRestores(text, single(text), 0)).toBe(BASE);
  });

  it('fix-all, --fix and fix-all-of-a-rule never change either figure', () => {
    expect(fixAll(text)).toEqual({ text, passes: 0, fixed: 0, fixedByRule: {} });
    expect(fixAll(text, { onlyRules: ['text-table-mismatch'] }).text).toBe(text);
    // Beside a fault fix-all does mend, the prose figure and the table cell are left as they are.
    const both = setCell(text, '行政复议', 1, '');
    expect(fixAll(both).text).toBe(text);
  });

  it('the other fix changes the table cell to the prose figure', () => {
    const fixed = expectFixRestores(text, single(text), 1);
    // The cell keeps its width: 10 becomes a right-aligned 8, and the table stays aligned.
    expect(fixed).toBe(text.replace('|           10 |', '|            8 |'));
    expect(fixed).not.toBe(text);
  });

  it('flags 受理 N 件 that is neither 一 nor 一 + 二, naming both readings, with one fix', () => {
    const t = replaceOnce(BASE, '受理政府信息公开申请 70 件', '受理政府信息公开申请 71 件');
    const d = single(t);
    expect(covered(t, d)).toBe('71');
    expect(d.message.zh).toBe('正文“受理政府信息公开申请 71 件”与表三「一、本年新收政府信息公开申请数量」总计 70 不符（也不等于表三「一」与「二」总计之和 70）');
    expect(d.fixes.map((f) => f.edits.map((e) => e.newText))).toEqual([['70']]);
    expect(expectFixRestores(t, d, 0)).toBe(BASE);
  });

  describe('does not compare what is not the table’s figure', () => {
    it.each([
      ['another measure sharing the words', '审查拟出台规范性文件 15 件', '审查拟出台规范性文件 16 件'],
      ['a figure of another year', '出台行政规范性文件 10 件。', '出台行政规范性文件 10 件，2023 年出台行政规范性文件 8 件。'],
      ['a figure of other bodies', '全年共受理政府信息公开申请 70 件。', '全年共受理政府信息公开申请 70 件，各部门共受理政府信息公开申请 500 件。'],
    ])('%s', (_, from, to) => {
      expect(check(replaceOnce(BASE, from, to))).toEqual([]);
    });
  });
});
