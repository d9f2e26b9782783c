import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('parts-count', () => {
  it('flags an introduction counting parts other than those it lists, on the number', () => {
    const text = replaceOnce(BASE, '等 6 个方面组成', '等 7 个方面组成');
    const d = single(text);
    expect(d.rule).toBe('parts-count');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('21:134-21:135');
    expect(covered(text, d)).toBe('7');
    expect(d.message.zh).toBe('引言称报告由 7 个部分组成，但只列出了 6 个部分');
    expect(d.message.en).toBe('The introduction speaks of 7 parts but lists 6');
    expect(d.fixes).toEqual([]);
  });

  it('flags “六部分” followed by five listed parts', () => {
    const text = replaceOnce(BASE, '收到和处理政府信息公开申请情况，', '');
    const d = single(replaceOnce(text, '等 6 个方面组成', '等六部分组成'));
    expect(d.message.zh).toBe('引言称报告由 6 个部分组成，但只列出了 5 个部分');
  });

  it('does not flag the count written as a Chinese numeral', () => {
    expect(check(replaceOnce(BASE, '等 6 个方面组成', '等六个方面组成'))).toEqual([]);
  });
});
