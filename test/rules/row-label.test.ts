import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, replaceOnce, single, where } from './base';

describe('row-label', () => {
  it('flags an altered label (规范性文件) and offers the official wording', () => {
    const text = replaceOnce(BASE, '| 行政规范性文件     |', '| 规范性文件         |');
    const d = single(text);
    expect(d.rule).toBe('row-label');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('54:3-54:8');
    expect(covered(text, d)).toBe('规范性文件');
    expect(d.message.zh).toBe('行名称应为「行政规范性文件」，实为「规范性文件」');
    expect(d.message.en).toBe('The row label should read “行政规范性文件”, is “规范性文件”');
    expect(check(expectFixRestores(text, d))).toEqual([]);
  });

  it('flags a near miss of the wording (三类内容事务信息)', () => {
    const text = replaceOnce(BASE, '5.属于三类内部事务信息', '5.属于三类内容事务信息');
    const d = single(text);
    expect(covered(text, d)).toBe('5.属于三类内容事务信息');
    expect(d.message.zh).toBe('行名称应为「5.属于三类内部事务信息」，实为「5.属于三类内容事务信息」');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('does not flag the official wording written with other numbering and widths', () => {
    const text = replaceOnce(BASE, '| 1.属于国家秘密   ', '| １、 属于 国家秘密');
    expect(check(text)).toEqual([]);
  });
});
