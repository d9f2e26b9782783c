import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers';
import { EXAMPLE } from '../render/dom';
import { openDocx, tables } from '../export/ooxml';
import { ensureBuilt, govreport, tempDir } from './run';

/**
 * `govreport render` and `govreport export`: the publishing commands refuse a report that
 * still has errors unless forced (exit 1, saying why), and write a standalone page or a Word
 * document otherwise.
 */

beforeAll(ensureBuilt);

const XIAOYI = join(CORPUS, 'xiaoyi-2024.txt');
const out = tempDir();
afterAll(out.remove);

describe('render', () => {
  it('refuses a report with errors, naming the first, unless --force', () => {
    const file = join(out.path, 'refused.html');
    const r = govreport(['render', XIAOYI, '-o', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('still has 5 errors; nothing exported');
    expect(r.stderr).toContain('--force');
    expect(r.stderr).toMatch(/xiaoyi-2024\.txt:94:1 /);
    expect(existsSync(file)).toBe(false);
  });

  it('writes the standalone page with --force, marks on screen', () => {
    const file = join(out.path, 'forced.html');
    const r = govreport(['render', XIAOYI, '--force', '-o', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('exported because of --force');
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-`);
    expect(html).toContain('gr-marked gr-error');
    expect(html).not.toMatch(/<link |<script|https?:\/\/[^"]*\.(css|js|woff)/);
  });

  it('prints a clean report to standard output, in Chinese with --lang zh; --plain leaves marks out', () => {
    const r = govreport(['--lang', 'zh', 'render', EXAMPLE, '--plain']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('<table class="gr-table gr-t3"');
    expect(r.stdout).not.toMatch(/class="[^"]*gr-marked/);
  });

  it('explains in Chinese too', () => {
    const r = govreport(['--lang', 'zh', 'render', XIAOYI]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('仍有 5 个错误，未导出');
  });
});

describe('export', () => {
  it('writes the Word document (and the page) of a clean report', () => {
    const docx = join(out.path, 'report.docx');
    const html = join(out.path, 'report.html');
    const r = govreport(['export', EXAMPLE, '--docx', docx, '--html', html]);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(tables(openDocx(bytes).document)).toHaveLength(3);
    expect(readFileSync(html, 'utf8')).not.toMatch(/class="[^"]*gr-marked/);
  });

  it('refuses a report with errors unless --force', () => {
    const docx = join(out.path, 'xiaoyi.docx');
    expect(govreport(['export', XIAOYI, '--docx', docx]).status).toBe(1);
    expect(existsSync(docx)).toBe(false);
    expect(govreport(['export', XIAOYI, '--docx', docx, '--force']).status).toBe(0);
    expect(existsSync(docx)).toBe(true);
  });

  it('needs a target', () => {
    const r = govreport(['export', EXAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('export needs --docx FILE or --html FILE');
  });
});
