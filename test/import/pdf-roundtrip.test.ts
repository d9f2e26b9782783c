import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/engine';
import { loadPages } from '../../server/src/import/pdf/load';
import { ensureBuilt, govreport } from '../cli/run';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { libreoffice } from '../tools/libreoffice';
import { OUTPUT, requireTools } from '../tools/render-tools';
import { figureMap, importBytes, linesOf, proseOf, wordExport, words, type Imported } from './helpers';

/**
 * The Word export printed to PDF by LibreOffice, then imported: every figure of tables 二, 三
 * and 四 comes back in its place (the PDF has no structure, only text at positions and the
 * lines of the tables). For the canonical example the prose comes back too, word for word.
 */

requireTools('libreoffice');
const DIR = join(OUTPUT, 'import-pdf');
const REPORTS: Record<string, () => string> = {
  example: canonicalText,
  ...Object.fromEntries(
    ['xiaoyi-2024.txt', 'huaian-2024.pdftotext.txt', 'shuyang-2025.ocr.md', 'shuyang-fgj-2023.web.txt', 'shanghai-kewei-2024.pdf2md.md', 'shanghai-office-2025.pdf2md.md', 'shanghai-office-2019.oldformat.txt'].map((f) => [
      f.replace(/\..*$/, ''),
      () => corpus(f),
    ]),
  ),
};

describe('the Word export, printed to PDF by LibreOffice, imported', () => {
  const imported = new Map<string, Imported>();

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    const docs: string[] = [];
    for (const [name, source] of Object.entries(REPORTS)) {
      const file = join(DIR, `${name}.docx`);
      writeFileSync(file, await wordExport(source()));
      docs.push(file);
    }
    const pdfs = libreoffice(docs, 'pdf', DIR);
    for (const [i, name] of Object.keys(REPORTS).entries()) imported.set(name, await importBytes(new Uint8Array(readFileSync(pdfs[i])), 'pdf'));
  }, 600_000);

  it.each(Object.keys(REPORTS))('%s: every figure of tables 二–四', (name) => {
    const want = figureMap(parseReport(REPORTS[name]()));
    const got = figureMap(parseReport(imported.get(name)!.text));
    expect(want.size).toBeGreaterThan(150);
    for (const [where, value] of want) expect(got.get(where), where).toEqual(value);
  });

  it('check of a PDF says on which page each finding is', async () => {
    await ensureBuilt();
    const pdf = join(DIR, 'xiaoyi-2024.pdf');
    const table4 = (await loadPages(new Uint8Array(readFileSync(pdf)))).find((p) => p.pieces.map((x) => x.text).join('').includes('复议后起诉'))!.number;
    const r = govreport(['check', pdf]);
    const empty = r.stdout.split('\n').filter((l) => l.includes(' cell-empty '));
    expect(empty).toHaveLength(5);
    for (const line of empty) expect(line.endsWith(` [page ${table4} of the PDF]`), line).toBe(true);
    expect(r.status).toBe(1);
  });

  it('the canonical example: every paragraph, its title, sections and facts', () => {
    const source = parseReport(canonicalText());
    const result = imported.get('example')!;
    const lines = linesOf(result.text);
    for (const paragraph of proseOf(source)) expect(lines.has(paragraph), paragraph.slice(0, 40)).toBe(true);
    const back = parseReport(result.text);
    expect(back.sections.map((s) => s.heading?.text)).toEqual(source.sections.map((s) => s.heading?.text));
    expect(words(back.title?.text ?? '')).toBe(source.title?.text);
    expect(result.text.startsWith('---\nagency: 孝义市人民政府\nagencyKind: government\nyear: 2024\npublished: 2025-01-24\n---\n')).toBe(true);
    // Page numbers (「— 3 —」 in the footer) are gone.
    expect(result.text).not.toMatch(/—\s*\d+\s*—/);
  });
});
