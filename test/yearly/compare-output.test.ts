import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports, comparisonText, parseReport, renderComparisonBody, renderComparisonPage, COMPARE_CSS, COMPARE_PAGE_CSS } from '../../server/src/engine';
import { sha256Base64 } from '../../server/src/engine/render/sha256';
import { documentOf, type Element, type Node } from '../render/dom';
import { PAYLOADS } from '../render/hostile';
import { ROOT } from '../helpers';

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const Y2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const Y2024 = readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');
/** The English text comparison of the two fixtures, read through once and kept as the reference. */
const GOLDEN_EN = readFileSync(join(ROOT, 'test/fixtures/yearly/compare-2023-2024.en.txt'), 'utf8');

const comparison = compareReports(parseReport(Y2023), parseReport(Y2024));

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node as Element] : [];
  const children = 'childNodes' in node ? (node.childNodes as Node[]) : [];
  return [...own, ...children.flatMap(elements)];
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? (node as { value: string }).value : 'childNodes' in node ? (node.childNodes as Node[]).map(text).join('') : '');

describe('comparison as text', () => {
  it('lists the figures that changed, the findings beside them and a word diff of the prose', () => {
    expect(comparisonText(comparison, 'en')).toBe(GOLDEN_EN);
  });

  it('reads in Chinese', () => {
    const lines = comparisonText(comparison, 'zh').split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '孝义市人民政府：年度报告对比 2023 年 → 2024 年',
      '200 个数字，5 个有变化，0 个变化较大（≥ 50%, ≥ 10）；跨年度检查发现 1 个问题；4 个部分中 4 个文字有改动，1 段与上年相同',
    ]);
    expect(lines).toContain('    行政规范性文件 · 现行有效件数: 28 → 38  +10 (+35.7%)');
    expect(lines).toContain('    (上年 9) 删去：政务公开已列入对各部门的目标考核；年内委托第三方开展社会评议；对信息发布不规范的单位进行了约谈，未启动责任追究。');
  });

  it('lists every figure with all, and marks a large change', () => {
    const all = comparisonText(compareReports(parseReport(Y2023), parseReport(Y2024), { largeChange: { percent: 30, minimum: 10 } }), 'en', { all: true });
    const figureLines = all.split('\n').filter((l) => / → /.test(l) && l.includes(' · '));
    expect(figureLines).toHaveLength(200);
    expect(figureLines.filter((l) => l.startsWith('  !'))).toEqual(['  ! 行政规范性文件 · 现行有效件数: 28 → 38  +10 (+35.7%)']);
    expect(all).not.toContain('unchanged figures not listed');
  });
});

describe('comparison as HTML', () => {
  it('is a standalone page: embedded styles allowed by hash, nothing else, no script', () => {
    const html = renderComparisonPage(comparison, 'zh');
    const doc = documentOf(html);
    const all = elements(doc);
    const csp = all.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp!, 'content')).toBe(`default-src 'none'; style-src 'sha256-${sha256Base64(COMPARE_CSS + COMPARE_PAGE_CSS)}'; base-uri 'none'; form-action 'none'`);
    expect(all.filter((e) => e.tagName === 'script' || e.tagName === 'link' || e.tagName === 'img')).toEqual([]);
    expect(all.find((e) => e.tagName === 'title') && text(all.find((e) => e.tagName === 'title')!)).toBe('孝义市人民政府：年度报告对比 2023 年 → 2024 年');
  });

  it('leads every figure back to its cell in each year’s file', () => {
    const all = elements(documentOf(renderComparisonPage(comparison, 'en')));
    const row = all.find((e) => e.tagName === 'tr' && attr(e, 'class')?.includes('gr-cmp-fig') && elements(e).some((x) => attr(x, 'data-side') === 'this' && text(x) === '38'))!;
    const sources = elements(row).filter((e) => attr(e, 'data-side'));
    expect(sources.map((e) => `${attr(e, 'data-side')} ${attr(e, 'data-range')} ${text(e)}`)).toEqual(['last 15,56,15,58 28', 'this 15,56,15,58 38']);
    expect(attr(row, 'class')).toBe('gr-cmp-fig gr-changed');
    expect(elements(row).filter((e) => e.tagName === 'td').map(text)).toEqual(['现行有效件数', '28', '38', '+10', '+35.7%']);
  });

  it('marks tables and figures without changes, which the “only changed” checkbox hides', () => {
    const all = elements(documentOf(renderComparisonPage(comparison, 'zh')));
    const tables = all.filter((e) => e.tagName === 'table');
    expect(tables.map((t) => `${attr(t, 'data-table')}:${attr(t, 'class')}`)).toEqual([
      't2-1:gr-cmp-table',
      't2-5:gr-cmp-table gr-unchanged',
      't2-6:gr-cmp-table gr-unchanged',
      't2-8:gr-cmp-table gr-unchanged',
      't3:gr-cmp-table',
      't4:gr-cmp-table gr-unchanged',
    ]);
    expect(all.filter((e) => attr(e, 'class')?.startsWith('gr-cmp-fig gr-changed'))).toHaveLength(6);
    expect(COMPARE_CSS).toContain('#gr-cmp-only-changed:checked ~ .gr-cmp-figures .gr-unchanged { display: none; }');
  });

  it('never turns report text into markup, on either side or in the diff', () => {
    const hostile = (year: string, extra: string) =>
      Y2024.replace(/2024/g, year).replace('## 五、存在的主要问题及改进情况\n', `## 五、存在的主要问题及改进情况\n\n${PAYLOADS.map((p) => `本段测试${extra}：${p} 结束。`).join('\n\n')}\n`);
    const c = compareReports(parseReport(hostile('2023', '')), parseReport(hostile('2024', '（改）')));
    const html = renderComparisonBody(c, 'zh');
    const all = elements(documentOf(`<!DOCTYPE html><html><body>${html}</body></html>`));
    expect(all.filter((e) => ['script', 'img', 'svg', 'iframe', 'style', 'a'].includes(e.tagName))).toEqual([]);
    expect(all.filter((e) => e.attrs.some((a) => a.name.startsWith('on') || a.value.includes('javascript:')))).toEqual([]);
    // (Paragraph text leaves emphasis markers out: __ included.)
    expect(html).toContain('&lt;script&gt;window.pwned = &quot;script&quot;&lt;/script&gt;');
    expect(c.sections.find((s) => s.id === 's5')!.paragraphs.filter((p) => p.status === 'changed')).toHaveLength(PAYLOADS.length);
  });
});
