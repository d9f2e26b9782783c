import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

const OTHER = '| 3.其他                                                                   |      6 |        2 |        0 |            0 |            0 |    0 |    8 |\n';

describe('row-unknown', () => {
  it('flags a row that belongs to no official table, on its label, and reads none of its figures', () => {
    const text = replaceOnce(BASE, OTHER, `${OTHER}| 其他事项 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n`);
    const d = single(text);
    expect(d.rule).toBe('row-unknown');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('101:3-101:7');
    expect(covered(text, d)).toBe('其他事项');
    expect(d.message.zh).toBe('这一行的 7 个数字不属于表三的任何一行，未读取');
    expect(d.message.en).toBe('The 7 figure(s) on this line belong to no row of table 三 and were not read');
    expect(d.fixes).toEqual([]);
  });

  it('does not flag an official row written with its group label before it', () => {
    const text = replaceOnce(BASE, '| 1.属于国家秘密   ', '| （三）不予公开 1.属于国家秘密');
    expect(check(text)).toEqual([]);
  });
});
