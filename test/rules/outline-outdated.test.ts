import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('outline-outdated', () => {
  it('flags a pre-2019 heading (概述), on the heading, without a fix', () => {
    const text = replaceOnce(BASE, '## 一、总体情况', '## 一、概述');
    const d = single(text);
    expect(d.rule).toBe('outline-outdated');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('23:1-23:8');
    expect(covered(text, d)).toBe('## 一、概述');
    expect(d.message.zh).toBe('“一、概述”是 2019 年以前旧报告提纲的措辞，现行格式已无此部分');
    expect(d.message.en).toBe('“一、概述” belongs to the pre-2019 outline; the current format has no such section');
    expect(d.fixes).toEqual([]);
  });

  it('flags the old outline’s wording in the prose, on the phrase', () => {
    const text = replaceOnce(BASE, '本机关 2024 年度未收取政府信息公开信息处理费。', '关于收费及减免情况：本机关 2024 年度未收取政府信息公开信息处理费。');
    const d = single(text);
    expect(covered(text, d)).toBe('收费及减免');
  });

  it('does not flag 不予公开情况 in ordinary prose', () => {
    const text = replaceOnce(BASE, '依法保障公众合理信息需求。', '依法保障公众合理信息需求，逐件说明不予公开情况的理由。');
    expect(check(text)).toEqual([]);
  });
});
