import { describe, expect, it } from 'vitest';
import { BASE, brief, check, covered, deleteLines, lineOf, replaceOnce, single, where } from './base';

describe('section-empty', () => {
  it('flags a section with no content of its own, on its heading, without a fix', () => {
    const five = lineOf(BASE, '## 五、');
    const text = deleteLines(BASE, five + 1, lineOf(BASE, '## 六、') - 2);
    const d = single(text);
    expect(d.rule).toBe('section-empty');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('112:1-112:18');
    expect(covered(text, d)).toBe('## 五、存在的主要问题及改进情况');
    expect(d.message.zh).toBe('第五部分没有内容：说明政府信息公开工作存在的主要问题及改进情况（实践中也说明上一年度提出的改进措施的落实情况）。');
    expect(d.message.en).toBe("Section 5 has no content: The main problems of the disclosure work and the improvements made (in practice also how last year's promised improvements were carried out).");
    expect(d.fixes).toEqual([]);
  });

  it('flags section 五 that says only 无', () => {
    const five = lineOf(BASE, '## 五、');
    const lines = BASE.split('\n');
    lines.splice(five + 1, 3, '无。');
    const d = single(lines.join('\n'));
    expect(d.message.zh).toBe('第五部分只写了“无”：说明政府信息公开工作存在的主要问题及改进情况（实践中也说明上一年度提出的改进措施的落实情况）。');
  });

  it('flags an empty section 六 once (the signature block is not its content, nor is the fee reported twice)', () => {
    const text = replaceOnce(BASE, '本机关 2024 年度未收取政府信息公开信息处理费。\n\n', '');
    expect(check(text).map(brief)).toEqual(['section-empty/warning@118:1-118:15']);
  });

  it('does not flag a section with one sentence of its own', () => {
    const five = lineOf(BASE, '## 五、');
    const lines = BASE.split('\n');
    lines.splice(five + 1, 3, '本年度政府信息公开工作未发现需要整改的突出问题，下一步将继续加强政策解读。');
    expect(check(lines.join('\n'))).toEqual([]);
  });

  it.each([['暂无问题。'], ['本机关2024年度政府信息公开工作中暂无明显问题。'], ['存在的主要问题：无。改进情况：无。'], ['目前没有存在的问题']])('flags section 五 that only denies having problems: %s', (denial) => {
    const five = lineOf(BASE, '## 五、');
    const lines = BASE.split('\n');
    lines.splice(five + 1, 3, denial);
    const d = single(lines.join('\n'));
    expect(d.rule).toBe('section-empty');
    expect(where(d)).toBe('112:1-112:18');
    expect(d.message.zh).toBe('第五部分只称没有问题：说明政府信息公开工作存在的主要问题及改进情况（实践中也说明上一年度提出的改进措施的落实情况）。');
    expect(d.message.en).toBe("Section 5 only says there are no problems: The main problems of the disclosure work and the improvements made (in practice also how last year's promised improvements were carried out).");
  });

  it('does not flag a denial followed by what will be done', () => {
    const five = lineOf(BASE, '## 五、');
    const lines = BASE.split('\n');
    lines.splice(five + 1, 3, '暂无问题。下一步将继续加强政策解读，提升公开质量。');
    expect(check(lines.join('\n'))).toEqual([]);
  });
});
