import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport } from '../../server/src/engine';
import { docxBuffer } from '../../server/src/export/docx';
import { corpus } from '../helpers';
import { bodyOf, canonicalText, grid, table, text } from '../render/dom';
import { hostileDraft } from '../render/hostile';
import { docxGrid, openDocx, runText, tableRows, tables } from './ooxml';

/**
 * The Word export, opened again: unzipped and its document.xml read back. Its three tables
 * must lay out exactly as the HTML tables do (the HTML layout is checked against the format
 * in test/render), merged cells included, and every figure must be in its cell.
 */

async function docxOf(source: string) {
  const model = parseReport(source);
  return openDocx(await docxBuffer(buildLayout(model, checkModel(model))));
}

/** The HTML table as text per slot, with the same cell identity idea as docxGrid. */
function htmlGrid(source: string, id: string): { text: string; id: number }[][] {
  const g = grid(table(bodyOf(source), id));
  const ids = new Map<unknown, number>();
  return g.map((row) => row.map((cell) => ({ text: text(cell), id: ids.get(cell) ?? (ids.set(cell, ids.size), ids.size - 1) })));
}

/** Two grids have the same merges when slots share a cell in one exactly when they do in the other. */
function sameMerges(a: { id: number }[][], b: { id: number }[][]): boolean {
  const pairs = new Map<number, number>();
  return a.every((row, r) =>
    row.every((slot, c) => {
      const other = b[r][c].id;
      if (!pairs.has(slot.id)) pairs.set(slot.id, other);
      return pairs.get(slot.id) === other;
    }),
  ) && new Set(pairs.values()).size === pairs.size;
}

for (const [name, source] of [
  ['corpus report (xiaoyi-2024.txt)', () => corpus('xiaoyi-2024.txt')],
  ['canonical example', canonicalText],
] as const) {
  describe(`docx: ${name}`, async () => {
    const text0 = source();
    const docx = await docxOf(text0);
    const found = tables(docx.document);

    it('is a Word package with the main document, styles and a footer', () => {
      for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']) expect(docx.files[part]).toBeDefined();
      expect(Object.keys(docx.files).some((f) => /^word\/footer\d*\.xml$/.test(f))).toBe(true);
      const page = /<w:pgSz ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
      expect(page).toContain('w:w="11906"');
      expect(page).toContain('w:h="16838"');
    });

    it('has the three statutory tables laid out cell for cell as the official HTML layout, merges included', () => {
      expect(found).toHaveLength(3);
      ['t2', 't3', 't4'].forEach((id, i) => {
        const html = htmlGrid(text0, id);
        const word = docxGrid(found[i]);
        expect(word.map((r) => r.map((s) => s.text))).toEqual(html.map((r) => r.map((s) => s.text)));
        expect(sameMerges(word, html)).toBe(true);
      });
    });

    it('merges table 三 and 四 headers with gridSpan and vMerge, and sets the group labels vertically', () => {
      const t3 = tableRows(found[1]);
      expect(t3[0][0]).toMatchObject({ gridSpan: 3, vMerge: 'restart' });
      expect(t3[0][1]).toMatchObject({ text: '申请人情况', gridSpan: 7 });
      expect(t3[1].find((c) => c.text === '法人或其他组织')).toMatchObject({ gridSpan: 5 });
      expect(t3[1].find((c) => c.text === '自然人')).toMatchObject({ vMerge: 'restart' });
      const vertical = t3.flat().filter((c) => c.vertical && c.vMerge === 'restart').map((c) => c.text);
      expect(vertical).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
      const t4 = tableRows(found[2]);
      expect(t4[0].map((c) => [c.text, c.gridSpan])).toEqual([
        ['行政复议', 5],
        ['行政诉讼', 10],
      ]);
      expect(t4[3]).toHaveLength(15);
      expect(t4[3].slice(5, 10).map((c) => c.text)).toEqual(['7', '2', '3', '0', '12']);
    });

    it('has the title, the six sections, the prose and the signature block', () => {
      const all = runText(docx.document);
      expect(all).toContain('孝义市2024年政府信息公开工作年度报告');
      for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '六、其他需要报告的事项']) expect(all).toContain(heading);
      expect(all).toContain('本机关 2024 年度未收取政府信息公开信息处理费。');
      expect(all).toMatch(/孝义市人民政府2025年1月24日/);
      expect(docx.document).toContain('<w:pStyle w:val="Title"/>');
      expect(docx.document).toContain('<w:pStyle w:val="Heading1"/>');
      expect(all).not.toContain('**');
    });
  });
}

describe('docx of a hostile draft', () => {
  it('writes payloads as text and keeps only http(s)/mailto hyperlinks', async () => {
    const docx = await docxOf(hostileDraft());
    expect(runText(docx.document)).toContain('<script>window.__pwned = "script"</script>');
    const targets = [...docx.rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]);
    expect(targets.sort()).toEqual(['https://www.xiaoyi.gov.cn/', 'mailto:gk@xiaoyi.gov.cn']);
    // No field codes either (a HYPERLINK field could carry any target).
    expect(docx.document).not.toContain('instrText');
  });
});
