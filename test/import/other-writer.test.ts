import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type ReportModel } from '../../server/src/engine';
import type { Importable } from '../../server/src/import/kinds';
import { loadPages } from '../../server/src/import/pdf/load';
import { EXPECTED, readCell, transcribed } from '../corpus-figures';
import { libreoffice } from '../tools/libreoffice';
import { OUTPUT, requireTools } from '../tools/render-tools';
import { cmsPage } from './cms-page';
import { importBytes, type Imported } from './helpers';

/**
 * Documents the project did not write. Each corpus report with a hand transcription becomes a
 * web page as government sites write them (cms-page.ts): the site's page, with its menu,
 * breadcrumb, 发布日期/来源 line and footer, is imported as it is; the article alone is turned
 * by LibreOffice into a Word document, and that into a PDF (table 三 runs over a page break,
 * its long labels wrap, its group labels stand one character per line). Every transcribed
 * figure must come back exactly — none unread, none different.
 */

requireTools('libreoffice', 'pdftoppm');
const DIR = join(OUTPUT, 'import');
const REPORTS = Object.keys(EXPECTED);
const base = (file: string) => file.replace(/\..*$/, '');

describe('reports written by another writer', () => {
  const imported = new Map<string, Imported>();
  const read = async (file: string, kind: Importable, path: string) => {
    const result = await importBytes(new Uint8Array(readFileSync(path)), kind);
    imported.set(`${file}.${kind}`, result);
    return result;
  };

  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const articles = REPORTS.map((file) => {
      writeFileSync(join(DIR, `${base(file)}.page.html`), cmsPage(file, { furniture: true, published: '2025-01-20' }).html);
      const article = join(DIR, `${base(file)}.html`);
      writeFileSync(article, cmsPage(file, { furniture: false }).html);
      return article;
    });
    const docx = libreoffice(articles, 'docx:MS Word 2007 XML', DIR, { infilter: 'HTML (StarWriter)' });
    libreoffice(docx, 'pdf', DIR);
    for (const file of REPORTS) {
      await read(file, 'html', join(DIR, `${base(file)}.page.html`));
      await read(file, 'docx', join(DIR, `${base(file)}.docx`));
      await read(file, 'pdf', join(DIR, `${base(file)}.pdf`));
    }
  }, 600_000);

  describe.each(REPORTS)('%s', (file) => {
    for (const kind of ['html', 'docx', 'pdf'] as const) {
      it(`every figure from the ${kind === 'html' ? "site's page" : kind === 'docx' ? 'Word document' : 'PDF'}`, () => {
        const result = imported.get(`${file}.${kind}`)!;
        const model = parseReport(result.text);
        const wrong = transcribed(model, EXPECTED[file]).flatMap((t) => {
          const got = readCell(model, t.table, t.row, t.column);
          return got === t.want ? [] : [`${t.where}: ${got} (true ${t.want})`];
        });
        expect(wrong).toEqual([]);
        expect(result.unreadable).toBe(0);
      });
    }

    it("leaves the site's page furniture out and keeps its 发布日期", () => {
      const text = imported.get(`${file}.html`)!.text;
      for (const furniture of ['当前位置', '浏览次数', '字号', '打印本页', '关闭窗口', '分享到', '网站标识码', 'ICP备']) expect(text).not.toContain(furniture);
      const model = parseReport(text);
      expect(model.frontMatter?.values.published ?? model.meta.published?.value).toEqual(expect.objectContaining({ year: expect.any(Number) }));
      expect(model.sections.map((s) => s.spec.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
      expect(model.title?.text).toMatch(/年度报告$/);
    });
  });

  it('the PDFs are the hard kind: table 三 over a page break, wrapped labels, group labels one character per line', async () => {
    for (const file of REPORTS) {
      const model = parseReport(imported.get(`${file}.pdf`)!.text);
      expect(pagesOf(model, imported.get(`${file}.pdf`)!), file).toBeGreaterThan(1);
    }
    // In one of them, look at the page itself: 「不予公开」 stands one character above the other,
    // and the longest row label of table 三 is broken over lines.
    const pdf = join(DIR, 'shuyang-fgj-2023.pdf');
    const pieces = (await loadPages(new Uint8Array(readFileSync(pdf)))).flatMap((p) => p.pieces);
    const stacked = ['不', '予', '公', '开'].map((ch) => pieces.filter((p) => p.text.trim() === ch));
    const column = stacked[0].find((first) => stacked.slice(1).every((list, i) => list.some((p) => Math.abs(p.x - first.x) < 2 && p.y > first.y + (i + 0.5) * first.size)));
    expect(column).toBeDefined();
    const lines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n');
    expect(lines.some((l) => l.includes('1.申请人无正当理由') && !l.includes('政府信息公开申请'))).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '2', '-l', '3', pdf, join(DIR, 'shuyang-fgj-2023-page')]);
  });
});

/** How many PDF pages the rows of table 三 were read from. */
function pagesOf(model: ReportModel, result: Imported): number {
  const t3 = model.tables.get('t3');
  const pages = new Set<number>();
  for (const row of t3?.rows ?? []) {
    const origin = result.origins[row.line];
    if (origin?.kind === 'pdf') pages.add(origin.page);
  }
  return pages.size;
}
