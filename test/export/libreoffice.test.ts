import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport } from '../../server/src/engine';
import { docxBuffer } from '../../server/src/export/docx';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { libreoffice } from '../tools/libreoffice';
import { OUTPUT, requireTools } from '../tools/render-tools';

/**
 * The Word export opened by another program: LibreOffice converts the corpus report's .docx
 * to PDF without error, and poppler renders pages to PNG under test-output/export/ for a
 * person to look at (first page, and the pages with tables 三 and 四).
 */

requireTools('libreoffice', 'pdftoppm');
const DIR = join(OUTPUT, 'export');

async function writeDocx(name: string, source: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const model = parseReport(source);
  const file = join(DIR, `${name}.docx`);
  writeFileSync(file, await docxBuffer(buildLayout(model, checkModel(model))));
  return file;
}

function toPdf(docx: string): string {
  return libreoffice([docx], 'pdf', DIR)[0];
}

/** 1-based numbers of the pages whose text contains `needle`. */
function pagesWith(pdf: string, needle: string): number[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page, i) => (page.replace(/\s+/g, '').includes(needle) ? i + 1 : 0))
    .filter((n) => n > 0);
}

describe('LibreOffice opens the Word export', () => {
  for (const [name, source] of [
    ['xiaoyi-2024', () => corpus('xiaoyi-2024.txt')],
    ['canonical-example', canonicalText],
  ] as const) {
    it(`converts ${name}.docx to PDF and renders its pages for review`, { timeout: 180_000 }, async () => {
      const pdf = toPdf(await writeDocx(name, source()));
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const prefix = join(DIR, `${name}-page`);
      for (const old of readdirSync(DIR)) if (old.startsWith(`${name}-page`)) rmSync(join(DIR, old));
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, prefix]);
      expect(existsSync(`${prefix}-1.png`) || existsSync(`${prefix}-01.png`)).toBe(true);
      const table3 = pagesWith(pdf, '申请人情况');
      const table4 = pagesWith(pdf, '未经复议直接起诉');
      expect(table3.length).toBeGreaterThan(0);
      expect(table4.length).toBeGreaterThan(0);
      for (const n of new Set([table3[0], table4[0]])) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(n), '-l', String(n), pdf, `${prefix}-tables`]);
      // Every figure of table 四 survived the round trip (text extraction keeps the row order).
      const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(all).toMatch(/7\s+2\s+3\s+0\s+12\s+0\s+0\s+0\s+0\s+0/);
    });
  }
});
