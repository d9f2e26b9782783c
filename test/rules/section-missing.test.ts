import { describe, expect, it } from 'vitest';
import { BASE, applyFix, brief, check, covered, deleteLines, lineOf, replaceOnce, single, where } from './base';

describe('section-missing', () => {
  it('flags a section that is absent, where it belongs, and inserts its heading there', () => {
    // The whole of section 五 (heading and both paragraphs) removed.
    const five = lineOf(BASE, '## 五、');
    const text = deleteLines(BASE, five, lineOf(BASE, '## 六、') - 1);
    const d = single(text);
    expect(d.rule).toBe('section-missing');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('112:1-112:15');
    expect(covered(text, d)).toBe('## 六、其他需要报告的事项');
    expect(d.message.zh).toBe('缺少第五部分「存在的主要问题及改进情况」（应在此处之前）');
    expect(d.message.en).toBe('Section 5 “存在的主要问题及改进情况” is missing (it belongs before this line)');
    const fixed = applyFix(text, d);
    expect(fixed.split('\n').slice(110, 114)).toEqual(['', '## 五、存在的主要问题及改进情况', '', '## 六、其他需要报告的事项']);
    // The heading is back; its content is for the author to write, which section-empty now asks for.
    expect(check(fixed).map(brief)).toEqual(['section-empty/warning@112:1-112:18']);
  });

  it('inserts a missing section 四 with its empty canonical table, which then asks to be filled in', () => {
    const text = deleteLines(BASE, lineOf(BASE, '## 四、'), lineOf(BASE, '## 五、') - 1);
    const d = single(text);
    expect(d.message.zh).toBe('缺少第四部分「政府信息公开行政复议、行政诉讼情况」（应在此处之前）');
    expect(covered(text, d)).toBe('## 五、存在的主要问题及改进情况');
    const fixed = applyFix(text, d);
    const lines = fixed.split('\n');
    expect(lines[103]).toBe('## 四、政府信息公开行政复议、行政诉讼情况');
    expect(lines[105]).toMatch(/^\| 复议诉讼情况\s+\| 结果维持 \| 结果纠正 \| 其他结果 \| 尚未审结 \| 总计 \|$/);
    // The inserted table is not filled in yet: one diagnostic for it, on its first row.
    const after = check(fixed);
    expect(after.map((x) => [x.rule, x.range.start.line, x.message.en])).toEqual([['cell-empty', 107, 'table 四 not filled in yet: 15 cells']]);
  });

  it('does not flag a section whose heading is a plain numbered line instead of a Markdown heading', () => {
    const text = replaceOnce(BASE, '## 五、存在的主要问题及改进情况', '五、存在的主要问题及改进情况');
    expect(check(text)).toEqual([]);
  });
});
