import { describe, expect, it } from 'vitest';
import { parseReport, renderPage } from '../../server/src/engine';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { figureMap, importBytes, layoutOf, linesOf, pageExport, pageParagraphs, proseOf, wordExport } from './helpers';

/**
 * Round trips through the project's own exports: `export --docx` and `render`, then import.
 * Every figure of every table comes back in its place, and every prose paragraph of the
 * exported document comes back word for word. For the canonical example, the prose is also
 * the source's own, paragraph for paragraph.
 */

const REPORTS: readonly [string, () => string][] = [
  ['the canonical example', canonicalText],
  ...['xiaoyi-2024.txt', 'huaian-2024.pdftotext.txt', 'shuyang-2025.ocr.md', 'shuyang-fgj-2023.web.txt', 'shanghai-kewei-2024.pdf2md.md', 'shanghai-office-2025.pdf2md.md', 'shanghai-office-2019.oldformat.txt'].map(
    (f): [string, () => string] => [f, () => corpus(f)],
  ),
];

describe.each(REPORTS)('%s', (_name, source) => {
  const model = parseReport(source());
  const html = renderPage(layoutOf(source()), { marks: false });
  const figures = figureMap(model);

  for (const [kind, bytes] of [
    ['docx', () => wordExport(source())],
    ['html', async () => pageExport(source())],
  ] as const) {
    it(`comes back from the ${kind === 'docx' ? 'Word export' : 'rendered page'} with every figure and paragraph`, async () => {
      const imported = await importBytes(await bytes(), kind);
      const got = figureMap(parseReport(imported.text));
      for (const [where, want] of figures) expect(got.get(where), where).toEqual(want);
      const lines = linesOf(imported.text);
      for (const paragraph of pageParagraphs(html)) expect(lines.has(paragraph), paragraph.slice(0, 60)).toBe(true);
    });
  }
});

describe('the canonical example', () => {
  it('keeps its own prose, paragraph for paragraph, and its facts', async () => {
    const model = parseReport(canonicalText());
    for (const kind of ['docx', 'html'] as const) {
      const imported = await importBytes(kind === 'docx' ? await wordExport(canonicalText()) : pageExport(canonicalText()), kind);
      const back = parseReport(imported.text);
      expect(proseOf(back)).toEqual(proseOf(model));
      expect(back.sections.map((s) => s.heading?.text)).toEqual(model.sections.map((s) => s.heading?.text));
      expect(back.title?.text).toBe(model.title?.text);
      expect(imported.text.startsWith('---\nagency: 孝义市人民政府\nagencyKind: government\nyear: 2024\npublished: 2025-01-24\n---\n\n# 孝义市2024年政府信息公开工作年度报告\n')).toBe(true);
      expect([imported.tables, imported.unreadable]).toEqual([3, 0]);
    }
  });
});
