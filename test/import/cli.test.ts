import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, govreport, tempDir } from '../cli/run';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { pageExport, wordExport } from './helpers';

/**
 * `govreport import`, and check/render/export reading Word documents and web pages directly,
 * through the real entry point.
 */

beforeAll(ensureBuilt);
const dir = tempDir();
afterAll(dir.remove);
const file = (name: string) => join(dir.path, name);
const NAME = '孝义市人民政府2024年政府信息公开工作年度报告.govreport.md';

beforeAll(async () => {
  writeFileSync(file('report.docx'), await wordExport(canonicalText()));
  writeFileSync(file('report.html'), pageExport(canonicalText()));
  // The published report as extracted, exported as it is: five blank cells in table 四, a prose figure off.
  writeFileSync(file('faults.docx'), await wordExport(corpus('xiaoyi-2024.txt')));
  writeFileSync(file('faults.html'), pageExport(corpus('xiaoyi-2024.txt')));
  writeFileSync(file('report.md'), canonicalText());
});

describe('govreport import', { timeout: 90_000 }, () => {
  it('prints the canonical report to standard output, and a summary to standard error', () => {
    const r = govreport(['import', 'report.docx'], { cwd: dir.path });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---\nagency: 孝义市人民政府\nagencyKind: government\nyear: 2024\npublished: 2025-01-24\n---\n\n# 孝义市2024年政府信息公开工作年度报告\n')).toBe(true);
    expect(r.stderr).toBe('Imported report.docx: 3 statistics tables.\n');
    // What it prints checks clean, as the example it came from does.
    writeFileSync(file('printed.govreport.md'), r.stdout);
    expect(govreport(['check', 'printed.govreport.md'], { cwd: dir.path }).stdout).toBe('');
  });

  it('-o DIR names the file by agency and year; an existing file is kept unless --force', () => {
    expect(govreport(['import', 'report.html', '-o', '.'], { cwd: dir.path }).status).toBe(0);
    expect(readFileSync(file(NAME), 'utf8')).toBe(govreport(['import', 'report.docx'], { cwd: dir.path }).stdout);
    const again = govreport(['import', 'report.html', '-o', '.'], { cwd: dir.path });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`govreport: ${NAME}: already exists; add --force to overwrite it\n`);
    expect(govreport(['import', '--force', 'report.html', '-o', '.'], { cwd: dir.path }).status).toBe(0);
  });

  it('-o FILE writes that file; standard input is read by its content', () => {
    expect(govreport(['import', 'report.docx', '-o', 'mine.md'], { cwd: dir.path }).stderr).toBe('Imported report.docx: 3 statistics tables, written to mine.md.\n');
    expect(existsSync(file('mine.md'))).toBe(true);
    const piped = govreport(['import', '-'], { cwd: dir.path, input: readFileSync(file('report.docx')) });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(readFileSync(file('mine.md'), 'utf8'));
  });

  it('a text report needs no import', () => {
    const r = govreport(['import', 'report.md'], { cwd: dir.path });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("govreport: report.md: is text already, nothing to import; check it with 'govreport check', or rewrite its tables with 'govreport convert'\n");
  });

  it('explains itself in both languages', () => {
    expect(govreport(['import', '--help'], { cwd: dir.path }).stdout).toContain('Reads a Word document (.docx, saved by Word or WPS)');
    expect(govreport(['help', 'import', '--lang', 'zh'], { cwd: dir.path }).stdout).toContain('读取 Word 文档（.docx，Word 或 WPS 保存）');
    expect(govreport(['--help'], { cwd: dir.path }).stdout).toContain('import a Word document, web page or PDF as a canonical report');
  });
});

describe('check, render and export read Word documents and web pages', { timeout: 90_000 }, () => {
  it('check says where in the original each finding is', () => {
    const r = govreport(['check', 'faults.docx', 'faults.html'], { cwd: dir.path });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(' cell-empty '))).toHaveLength(10);
    expect(lines.find((l) => l.startsWith('faults.docx:') && l.includes(' cell-empty '))).toMatch(/ \[row 4 of the 3rd table of the Word document\]$/);
    expect(lines.find((l) => l.startsWith('faults.docx:') && l.includes(' text-table-mismatch '))).toMatch(/ \[paragraph \d+ of the Word document\]$/);
    expect(lines.find((l) => l.startsWith('faults.html:') && l.includes(' text-table-mismatch '))).toMatch(/ \[line \d+ of the page source\]$/);
    expect(r.stderr).toContain("note: faults.docx is a Word document, imported to be checked; line numbers are those of 'govreport import faults.docx', the place in the original is in brackets.");
    // The line numbers are those of the imported report.
    const imported = govreport(['import', 'faults.docx'], { cwd: dir.path }).stdout.split('\n');
    const cell = /^faults\.docx:(\d+):(\d+) /.exec(lines.find((l) => l.includes(' cell-empty '))!)!;
    expect(imported[Number(cell[1]) - 1]).toMatch(/^\| 行政复议 /);
  });

  it('in JSON, with the file kind and each finding’s origin', () => {
    const r = govreport(['check', '--format', 'json', 'faults.docx'], { cwd: dir.path });
    const json = JSON.parse(r.stdout);
    expect(json.files[0].imported).toBe('docx');
    const empty = json.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'cell-empty');
    expect(empty).toHaveLength(5);
    for (const d of empty) expect(d.origin).toEqual({ kind: 'docx', table: 3, row: 4 });
  });

  it('in Chinese', () => {
    const r = govreport(['check', '--lang', 'zh', 'faults.docx'], { cwd: dir.path });
    expect(r.stdout).toMatch(/ cell-empty .* \[Word 文档第 3 个表格第 4 行\]$/m);
    expect(r.stderr).toContain('注：faults.docx（Word 文档）已导入后检查');
  });

  it('render and export publish an imported report', () => {
    expect(govreport(['render', 'report.docx', '-o', 'page.html'], { cwd: dir.path }).status).toBe(0);
    expect(readFileSync(file('page.html'), 'utf8')).toContain('<table class="gr-table gr-t3"');
    expect(govreport(['export', 'report.html', '--docx', 'again.docx'], { cwd: dir.path }).status).toBe(0);
    expect(readFileSync(file('again.docx')).subarray(0, 2).toString()).toBe('PK');
    // A report with errors is refused, as from Markdown.
    expect(govreport(['render', 'faults.docx'], { cwd: dir.path }).status).toBe(1);
  });
});
