import { describe, expect, it } from 'vitest';
import { BASE, applyFix, check, covered, replaceOnce, single } from './base';

const PROSE = '动态更新政府信息主动公开目录';

describe('page-leftover', () => {
  it('flags a PDF page number left in the prose, and deletes its line', () => {
    const line = BASE.split('\n').find((l) => l.includes(PROSE))!;
    const text = replaceOnce(BASE, `${line}\n`, `${line}\n\n— 5 —\n\n`);
    const d = single(text);
    expect(d.rule).toBe('page-leftover');
    expect(d.severity).toBe('warning');
    expect(covered(text, d)).toBe('— 5 —');
    expect(d.message.zh).toBe('PDF 页码“— 5 —”残留在正文中，会出现在发布的文件里');
    expect(d.message.en).toBe('The PDF page number “— 5 —” is left in the text and would be published');
    expect(applyFix(text, d)).toBe(replaceOnce(BASE, `${line}\n`, `${line}\n\n\n`));
  });

  it('knows 第 5 页, -5- and a viewer\'s P. 5 as page numbers', () => {
    for (const number of ['第 5 页', '-5-', '第5页 共12页', 'P. 9', 'Page 3 of 12']) {
      const line = BASE.split('\n').find((l) => l.includes(PROSE))!;
      const d = single(replaceOnce(BASE, `${line}\n`, `${line}\n${number}\n`));
      expect(d.rule, number).toBe('page-leftover');
    }
  });

  it('flags a running header repeated after page numbers, and reads the sentence the page break cut', () => {
    const header = '孝义市人民政府2024年政府信息公开工作年度报告';
    const line = BASE.split('\n').find((l) => l.includes(PROSE))!;
    const cut = line.indexOf('同步调整');
    const text = replaceOnce(BASE, `${line}\n`, `${line.slice(0, cut)}\n\n-3-\n${header}\n${line.slice(cut)}\n\n-4-\n${header}\n\n`);
    const found = check(text);
    expect(found.map((d) => `${d.rule} ${covered(text, d)}`)).toEqual([
      'page-leftover -3-',
      `page-leftover ${header}`,
      'page-leftover -4-',
      `page-leftover ${header}`,
    ]);
    expect(found[1].message.zh).toBe(`PDF 页眉“${header}”残留在正文中，会出现在发布的文件里`);
  });

  it('does not flag page numbers inside a table (they are its frame: converting the table drops them)', () => {
    const text = replaceOnce(BASE, '| 2.其他法律行政法规禁止公开', '-7-\n| 2.其他法律行政法规禁止公开');
    expect(check(text).map((d) => d.rule)).toEqual(['table-pasted']);
  });

  it('points at the number itself on an indented line', () => {
    const line = BASE.split('\n').find((l) => l.includes(PROSE))!;
    const text = replaceOnce(BASE, `${line}\n`, `${line}\n                 -12-\n`);
    const d = single(text);
    expect(covered(text, d)).toBe('-12-');
    expect(d.range.start.character).toBe(17);
  });
});
