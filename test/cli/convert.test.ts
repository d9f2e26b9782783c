import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocument } from '../../server/src/engine';
import { CORPUS } from '../helpers';
import { CLEAN, FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

beforeAll(ensureBuilt);

const XIAOYI = join(CORPUS, 'xiaoyi-2024.txt');
const xiaoyi = readFileSync(XIAOYI, 'utf8');
const dir = tempDir();
afterAll(dir.remove);

describe('convert', () => {
  it('prints the document with its tables in canonical form, exactly as the engine converts it', () => {
    const r = govreport(['convert', XIAOYI]);
    expect(r.stdout).toBe(convertDocument(xiaoyi).text);
    expect(r.stderr).toBe('Converted 3 tables.\n');
    expect(r.status).toBe(0);
    // The pasted tables are gone: nothing left to convert, the empty cells still empty.
    const again = govreport(['check', '-'], { input: r.stdout });
    expect(again.stdout).not.toContain(' table-pasted ');
    expect(again.stdout.match(/ cell-empty /g)).toHaveLength(5);
  });

  it('--fix also applies the preferred fixes', () => {
    const r = govreport(['convert', '--fix', XIAOYI]);
    expect(r.stdout).toBe(convertDocument(xiaoyi, { fix: true }).text);
    expect(r.stderr).toMatch(/^Converted 3 tables, applied \d+ fix(es)?\.\n$/);
    expect(govreport(['check', '-'], { input: r.stdout }).stdout).not.toContain(' cell-empty ');
  });

  it('--rule ID=off keeps --fix away from that rule', () => {
    const r = govreport(['convert', '--fix', '--rule', 'cell-empty=off', XIAOYI]);
    expect(r.stdout).toBe(convertDocument(xiaoyi, { fix: true, rules: { 'cell-empty': 'off' } }).text);
    expect(govreport(['check', '-'], { input: r.stdout }).stdout.match(/ cell-empty /g)).toHaveLength(5);
  });

  it('leaves a canonical document as it is, and says so', () => {
    const r = govreport(['convert', CLEAN]);
    expect(r).toEqual({ status: 0, stdout: readFileSync(join(FIXTURES, CLEAN), 'utf8'), stderr: 'Nothing to change: no table needs converting.\n' });
  });

  it('gives canonical tables their official row labels', () => {
    const r = govreport(['convert', FAULTS]);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, FAULTS), 'utf8').replace('| 规范性文件         |', '| 行政规范性文件     |'));
    expect(r.stderr).toBe('Converted 3 tables.\n');
  });

  it('counts the figures it could not read, which it marks and never guesses', () => {
    const file = join(CORPUS, 'shanghai-office-2025.pdf2md.md');
    const r = govreport(['convert', file]);
    const marked = (r.stdout.match(/\| +\? +(?=\|)/g) ?? []).length;
    expect(marked).toBeGreaterThan(0);
    expect(r.stderr).toBe(`Converted 3 tables.\n${marked} figures could not be read and are marked “?”; fill them in from the original.\n`);
    expect(r.stdout).toBe(convertDocument(readFileSync(file, 'utf8')).text);
  });

  it('reads standard input, and keeps a byte order mark', () => {
    const r = govreport(['convert', '-'], { input: `\ufeff${xiaoyi}` });
    expect(r.stdout).toBe(`\ufeff${convertDocument(xiaoyi).text}`);
  });

  it('in Chinese', () => {
    expect(govreport(['convert', '--lang', 'zh', XIAOYI]).stderr).toBe('已转换 3 处统计表。\n');
  });
});

describe('convert -o', () => {
  it('writes the file instead of stdout, leaving no temporary file behind', () => {
    const r = govreport(['convert', '-o', 'out.govreport.md', XIAOYI], { cwd: dir.path });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir.path, 'out.govreport.md'), 'utf8')).toBe(convertDocument(xiaoyi).text);
    expect(readdirSync(dir.path)).toEqual(['out.govreport.md']);
  });

  it('may overwrite its own input, keeping the file’s permissions', () => {
    const path = join(dir.path, 'in-place.md');
    writeFileSync(path, xiaoyi);
    chmodSync(path, 0o640);
    expect(govreport(['convert', '--fix', '--output=in-place.md', 'in-place.md'], { cwd: dir.path }).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(convertDocument(xiaoyi, { fix: true }).text);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('fails cleanly when the output cannot be written', () => {
    const r = govreport(['convert', '-o', 'no/such/dir/out.md', XIAOYI], { cwd: dir.path });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'govreport: no/such/dir/out.md: no such file or directory\n' });
  });

  it('does not touch the output when the input is bad', () => {
    writeFileSync(join(dir.path, 'keep.md'), 'keep me');
    writeFileSync(join(dir.path, 'binary.md'), Buffer.from([0x23, 0, 0]));
    const r = govreport(['convert', '-o', 'keep.md', 'binary.md'], { cwd: dir.path });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'govreport: binary.md: is a binary file (it contains NUL bytes), not text\n' });
    expect(readFileSync(join(dir.path, 'keep.md'), 'utf8')).toBe('keep me');
  });
});

describe('convert: bad usage', () => {
  it('takes exactly one file', () => {
    const two = govreport(['convert', FAULTS, FAULTS]);
    expect(two).toEqual({ status: 2, stdout: '', stderr: "govreport: convert takes exactly one file, got 2\nRun 'govreport convert --help' for usage.\n" });
    expect(govreport(['convert']).status).toBe(2);
    expect(govreport(['convert', 'pair'])).toEqual({ status: 2, stdout: '', stderr: 'govreport: pair: is a directory, not a file\n' });
    expect(govreport(['convert', 'missing.md'])).toEqual({ status: 2, stdout: '', stderr: 'govreport: missing.md: no such file or directory\n' });
  });
});
