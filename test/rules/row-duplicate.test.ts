import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('row-duplicate', () => {
  it('flags the second occurrence of an official row, on its label, without a fix', () => {
    const text = replaceOnce(BASE, '| 行政规范性文件     |', '| 规章               |            1 |            0 |            1 |\n| 行政规范性文件     |');
    const d = single(text);
    expect(d.rule).toBe('row-duplicate');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('54:3-54:5');
    expect(covered(text, d)).toBe('规章');
    expect(d.message.zh).toBe('「规章」行重复（第 53 行已有）');
    expect(d.message.en).toBe('The row “规章” appears again (first on line 53)');
    expect(d.fixes).toEqual([]);
  });

  it('does not flag a group row written twice: （三）不予公开 carries no figures of its own', () => {
    const group = '| （三）不予公开                                                           |        |          |          |              |              |      |      |\n';
    const text = replaceOnce(BASE, group, group + group);
    expect(check(text)).toEqual([]);
  });
});
