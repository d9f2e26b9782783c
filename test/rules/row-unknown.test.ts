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

  it('names up to three extra rows one by one, and more than that once for the region', () => {
    const extra = (n: number) => Array.from({ length: n }, (_, i) => `| 其他事项${i + 1} | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n`).join('');
    expect(check(replaceOnce(BASE, OTHER, `${OTHER}${extra(3)}`)).map((d) => d.rule)).toEqual(['row-unknown', 'row-unknown', 'row-unknown']);
    const many = check(replaceOnce(BASE, OTHER, `${OTHER}${extra(4)}`));
    expect(many.map((d) => d.rule)).toEqual(['row-unknown']);
    expect(many[0].message.zh).toBe('表三所在部分有 4 行数字无法对应到表三的行，未读取；请对照原件核实');
    expect(many[0].message.en).toBe('4 lines of figures under table 三 could not be placed in table 三 and were not read; check the original');
  });

  it('does not flag an official row written with its group label before it', () => {
    const text = replaceOnce(BASE, '| 1.属于国家秘密   ', '| （三）不予公开 1.属于国家秘密');
    expect(check(text)).toEqual([]);
  });
});
