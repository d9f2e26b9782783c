import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, govreport, tempDir } from '../cli/run';
import { canonicalText } from '../render/dom';
import { encryptedPdf, oleFile, scannedPdf, workbook } from './bad-files';
import { pageExport, wordExport } from './helpers';

/**
 * Files that cannot be imported, through the real CLI: one line naming the file and saying
 * what to do, exit status 2, nothing on stdout, never a stack trace — for import, check,
 * render and export alike. One such file in a batch does not stop `check` from checking the rest.
 */

beforeAll(ensureBuilt);
const dir = tempDir();
afterAll(dir.remove);
const file = (name: string) => join(dir.path, name);

beforeAll(async () => {
  const docx = await wordExport(canonicalText());
  writeFileSync(file('good.docx'), docx);
  writeFileSync(file('encrypted.pdf'), encryptedPdf());
  writeFileSync(file('scanned.pdf'), scannedPdf());
  writeFileSync(file('damaged.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(file('damaged.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(file('old.doc'), oleFile());
  writeFileSync(file('old.docx'), oleFile());
  writeFileSync(file('locked.docx'), oleFile('EncryptedPackage'));
  writeFileSync(file('table.docx'), workbook());
  writeFileSync(file('word.pdf'), docx);
  writeFileSync(file('page.pdf'), pageExport(canonicalText()));
  writeFileSync(file('report.md'), encryptedPdf());
  writeFileSync(file('saved.mhtml'), 'MIME-Version: 1.0\r\n');
  // 21 MB, sparse: the size is refused before a byte is read.
  writeFileSync(file('huge.docx'), '');
  truncateSync(file('huge.docx'), 21 * 1024 * 1024);
});

const CASES: readonly [string, string][] = [
  ['encrypted.pdf', 'is an encrypted (password-protected) PDF and cannot be read; open it with its password, save an unencrypted copy and import that'],
  ['scanned.pdf', 'has no text layer (a scan or images of pages), so there is no text to read; run OCR on it first, or find the original Word document'],
  ['damaged.docx', 'is not a valid Word document (the zip archive or its XML is damaged); open it in Word or WPS and save it again as .docx'],
  ['damaged.pdf', 'is not a valid PDF file (it is damaged or incomplete)'],
  ['old.doc', 'is an old binary Word/WPS document (.doc/.wps), which cannot be imported; save it as .docx in Word or WPS and import that'],
  ['old.docx', 'is an old binary Word/WPS document (.doc/.wps), which cannot be imported; save it as .docx in Word or WPS and import that'],
  ['locked.docx', 'is an encrypted (password-protected) Word document and cannot be read; open it with its password in Word or WPS, remove the password, save it as .docx and import that'],
  ['table.docx', 'is a zip archive but not a Word document (no word/document.xml: an Excel or PowerPoint file, or another archive)'],
  ['word.pdf', 'is named .pdf but holds a Word document (.docx); rename it to .docx and try again'],
  ['page.pdf', 'is named as a PDF file but its content is not one (the file may be damaged, or only renamed)'],
  ['report.md', 'is named .md but holds a PDF file; rename it to .pdf and try again'],
  ['saved.mhtml', 'is a single-file web archive (.mhtml), which cannot be imported; save the page as “Webpage, HTML only” and import that'],
  ['huge.docx', 'file too large (21 MB; the limit is 20 MB); annual reports are well under 1 MB'],
];

/** The commands that read reports share one reader: every case through import, a few through the others. */
const SAMPLE = new Set(['encrypted.pdf', 'old.doc', 'word.pdf']);

describe('files that cannot be imported', { timeout: 60_000 }, () => {
  for (const command of ['import', 'check', 'render', 'export'] as const) {
    it(`${command}: one line naming the file, exit status 2`, { timeout: 180_000 }, () => {
      for (const [name, reason] of CASES.filter(([name]) => command === 'import' || SAMPLE.has(name))) {
        const args = command === 'export' ? [command, name, '--docx', 'out.docx'] : [command, name];
        const r = govreport(args, { cwd: dir.path });
        expect(r.stderr, name).toBe(`govreport: ${name}: ${reason}\n`);
        expect(r.stdout, name).toBe('');
        expect(r.status, name).toBe(2);
      }
    });
  }

  it('in Chinese', () => {
    const r = govreport(['import', '--lang', 'zh', 'scanned.pdf'], { cwd: dir.path });
    expect(r.stderr).toBe('govreport: scanned.pdf：没有文字层（可能是扫描件或图片），无法读取其中的文字；请先用 OCR 软件识别文字，或找到原始的 Word 文档\n');
    expect(r.status).toBe(2);
  });

  it('check goes on with the other files of the batch', { timeout: 60_000 }, () => {
    const r = govreport(['check', 'encrypted.pdf', 'good.docx', 'old.doc'], { cwd: dir.path });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('govreport: encrypted.pdf: is an encrypted (password-protected) PDF');
    expect(r.stderr).toContain('govreport: old.doc: is an old binary Word/WPS document');
    expect(r.stderr).toContain('note: good.docx is a Word document, imported to be checked');
  });
});
