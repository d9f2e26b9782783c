import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, replaceOnce, single, where } from './base';

describe('section-heading', () => {
  it('flags a variant wording and offers the official one', () => {
    const text = replaceOnce(BASE, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题和改进措施');
    const d = single(text);
    expect(d.rule).toBe('section-heading');
    expect(d.severity).toBe('info');
    expect(where(d)).toBe('112:1-112:18');
    expect(covered(text, d)).toBe('## 五、存在的主要问题和改进措施');
    expect(d.message.zh).toBe('标题应为「五、存在的主要问题及改进情况」');
    expect(d.message.en).toBe('The heading should read “五、存在的主要问题及改进情况”');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('flags a wrong number, naming the section', () => {
    const text = replaceOnce(BASE, '## 五、存在的主要问题及改进情况', '## 四、存在的主要问题及改进情况');
    const d = single(text);
    expect(d.message.zh).toBe('「存在的主要问题及改进情况」是第五部分，标题应为「五、存在的主要问题及改进情况」');
    expect(d.message.en).toBe('“存在的主要问题及改进情况” is section 5; the heading should read “五、存在的主要问题及改进情况”');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('asks for the heading of a section whose content is there but whose heading was lost, and inserts it', () => {
    // PDF conversions drop headings next to tables: section 五 is recognised by its talk of 问题.
    const withProblems = replaceOnce(BASE, '但仍然存在一些不足', '但仍然存在一些问题和不足');
    const text = replaceOnce(withProblems, '## 五、存在的主要问题及改进情况\n\n', '');
    const d = single(text);
    expect(d.rule).toBe('section-heading');
    expect(covered(text, d)).toMatch(/^2024年，我市政府信息公开工作虽然取得积极成效，但仍然存在一些问题和不足。/);
    expect(where(d)).toMatch(/^112:1-112:/);
    expect(d.message.zh).toBe('第五部分的内容缺少标题「五、存在的主要问题及改进情况」');
    expect(d.message.en).toBe('The content of section 5 has no heading “五、存在的主要问题及改进情况”');
    expect(expectFixRestores(text, d, 'preferred', undefined, withProblems)).toBe(withProblems);
  });

  it('does not flag the official wording in bold', () => {
    const text = replaceOnce(BASE, '## 五、存在的主要问题及改进情况', '## **五、存在的主要问题及改进情况**');
    expect(check(text)).toEqual([]);
  });

  it('takes a heading with a typo for its section (section-heading, not section-missing)', () => {
    // 周湾镇 2021 printed 「二、主动公开政府政府情况」.
    const text = replaceOnce(BASE, '## 二、主动公开政府信息情况', '## 二、主动公开政府政府情况');
    const d = single(text);
    expect(d.rule).toBe('section-heading');
    expect(covered(text, d)).toBe('## 二、主动公开政府政府情况');
    expect(d.message.zh).toBe('标题应为「二、主动公开政府信息情况」');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('does not take a numbered line far from every official wording for a section', () => {
    const text = replaceOnce(BASE, '### （一）加大主动公开力度', '一、主动公开工作');
    expect(check(text).filter((d) => d.rule.startsWith('section'))).toEqual([]);
  });
});
