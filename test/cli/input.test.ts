import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

/**
 * Bad input: a clear one-line message naming the file, exit status 2, and never a stack trace.
 * One bad file never stops a batch: the others are checked and printed.
 */

beforeAll(ensureBuilt);

const dir = tempDir();
afterAll(dir.remove);
const file = (name: string) => join(dir.path, name);
const faults = readFileSync(join(FIXTURES, FAULTS));
const GBK = 'is GB18030/GBK-encoded; convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8 in.md > out.md, or save as UTF-8 in an editor)';

beforeAll(() => {
  writeFileSync(file('good.govreport.md'), faults);
  writeFileSync(file('binary.md'), Buffer.concat([Buffer.from('# 报告\n'), Buffer.from([0, 1, 2, 0xff])]));
  writeFileSync(file('report.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(file('report.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  // 50 MB: sparse, so the test costs no disk; the size is refused before the file is read.
  writeFileSync(file('huge.md'), '');
  truncateSync(file('huge.md'), 50 * 1024 * 1024);
  writeFileSync(file('bad-utf8.md'), Buffer.concat([Buffer.from('# 标题\n\n正文'), Buffer.from([0xe6, 0x28, 0xa1]), Buffer.from('\n')]));
  // 「孝义市政府信息公开工作年度报告」 saved as GBK, the way old Windows editors do.
  writeFileSync(file('gbk.md'), Buffer.from('d0a2d2e5cad0d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60a', 'hex'));
  writeFileSync(file('utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 报告\n', 'utf16le')]));
  writeFileSync(file('bom.govreport.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), faults]));
  writeFileSync(file('empty.md'), '');
});

/** Status 2, stdout empty, stderr exactly the given lines, no stack trace. */
function expectRefused(args: readonly string[], ...lines: string[]) {
  const r = govreport(['check', ...args], { cwd: dir.path });
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(lines.map((l) => `govreport: ${l}\n`).join(''));
  expect(r.status).toBe(2);
}

describe('unreadable input', () => {
  it('a missing file', () => {
    expectRefused(['nope.md'], 'nope.md: no such file or directory');
    expectRefused(['nope/x.md'], 'nope/x.md: no such file or directory');
  });

  it('a binary file', () => expectRefused(['binary.md'], 'binary.md: is a binary file (it contains NUL bytes), not text'));

  it('a damaged PDF or Word document (whole ones are imported: test/import)', () => {
    expectRefused(['report.pdf'], 'report.pdf: is not a valid PDF file (it is damaged or incomplete)');
    expectRefused(['report.docx'], 'report.docx: is not a valid Word document (the zip archive or its XML is damaged); open it in Word or WPS and save it again as .docx');
  });

  it('a file over the size limit', () => {
    expectRefused(['huge.md'], 'huge.md: file too large (50 MB; the limit is 20 MB); annual reports are well under 1 MB');
  });

  it('invalid UTF-8, with the line of the first bad byte', () => {
    expectRefused(['bad-utf8.md'], 'bad-utf8.md: is not valid UTF-8 (line 3, byte offset 16); save it as a UTF-8 .md file');
  });

  it('GBK text, with how to convert it', () => {
    expectRefused(['gbk.md'], `gbk.md: ${GBK}`);
  });

  it('UTF-16 text', () => expectRefused(['utf16.md'], 'utf16.md: is UTF-16 encoded; save it as a UTF-8 .md file'));

  it('every bad file at once; the good ones are still checked and printed, in JSON mode too', () => {
    const good = govreport(['check', 'good.govreport.md'], { cwd: dir.path });
    const r = govreport(['check', 'good.govreport.md', 'binary.md', 'nope.md', 'nope2.md'], { cwd: dir.path });
    expect(r.stdout).toBe(good.stdout);
    expect(r.stderr).toBe(
      [
        'govreport: nope.md: no such file or directory',
        'govreport: nope2.md: no such file or directory',
        'govreport: binary.md: is a binary file (it contains NUL bytes), not text',
        'Checked 1 file: 2 errors, 2 warnings; 3 files could not be checked.',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(2);
    const json = govreport(['check', '--format', 'json', 'good.govreport.md', 'binary.md', 'gbk.md'], { cwd: dir.path });
    expect(JSON.parse(json.stdout).files.map((f: { path: string }) => f.path)).toEqual(['good.govreport.md']);
    expect(json.stderr).toBe(`govreport: binary.md: is a binary file (it contains NUL bytes), not text\ngovreport: gbk.md: ${GBK}\n`);
    expect(json.status).toBe(2);
  });

  it('a FIFO, named or as front matter previous:, is refused at once, never waited on', () => {
    const fifo = file('pipe.md');
    if (!existsSync(fifo)) expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(['pipe.md'], 'pipe.md: is not a regular file (a pipe, device or socket) and is not read; use - to read standard input');
    writeFileSync(file('names-pipe.govreport.md'), `---\nprevious: pipe.md\n---\n${readFileSync(join(FIXTURES, CLEAN), 'utf8')}`);
    const r = govreport(['check', 'names-pipe.govreport.md'], { cwd: dir.path });
    expect(r.stdout).toBe(
      "names-pipe.govreport.md:2:11 warning previous-unreadable last year's report cannot be read (pipe.md: is not a regular file (a pipe, device or socket) and is not read; use - to read standard input); the cross-year checks were skipped\n",
    );
    expect(r.status).toBe(0);
    for (const command of [['convert', 'pipe.md'], ['render', 'pipe.md']]) {
      const c = govreport(command, { cwd: dir.path });
      expect(c.stderr).toMatch(/^govreport: pipe\.md: is not a regular file/);
      expect(c.status).toBe(2);
    }
  });

  it('in Chinese', () => {
    const r = govreport(['check', '--lang', 'zh', 'huge.md'], { cwd: dir.path });
    expect(r.stderr).toBe('govreport：huge.md：文件过大（50 MB，上限 20 MB）；年度报告通常不足 1 MB\n'.replace('govreport：', 'govreport: '));
    expect(r.status).toBe(2);
  });
});

describe('odd but readable input', () => {
  it('a UTF-8 byte order mark changes nothing, positions included', () => {
    const withBom = govreport(['check', 'bom.govreport.md'], { cwd: dir.path });
    const without = govreport(['check', 'good.govreport.md'], { cwd: dir.path });
    expect(withBom.stdout).toBe(without.stdout.replaceAll('good.govreport.md', 'bom.govreport.md'));
    expect(withBom.status).toBe(1);
  });

  it('an empty file is checked (and found wanting), not refused', () => {
    const r = govreport(['check', 'empty.md'], { cwd: dir.path });
    expect(r.stdout).toMatch(/^empty\.md:1:1 error section-missing /);
    expect(r.status).toBe(1);
  });

  it('invalid front matter is an ordinary diagnostic, not a failure', () => {
    writeFileSync(file('fm.govreport.md'), `---\nyear: twenty\nagency: [oops\n---\n${readFileSync(join(FIXTURES, CLEAN), 'utf8')}`);
    const r = govreport(['check', 'fm.govreport.md'], { cwd: dir.path });
    expect(r.stdout).toMatch(/^fm\.govreport\.md:\d+:\d+ error front-matter /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
  });
  it('front matter keys that are names of Object.prototype are ordinary unknown keys, in a batch', () => {
    const keys = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    writeFileSync(file('proto.govreport.md'), `---\n${keys.map((k) => `${k}: 1`).join('\n')}\n---\n${readFileSync(join(FIXTURES, CLEAN), 'utf8')}`);
    const r = govreport(['check', 'proto.govreport.md', 'good.govreport.md'], { cwd: dir.path });
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('proto.govreport.md:'));
    expect(lines).toEqual(keys.map((k, i) => `proto.govreport.md:${i + 2}:1 error front-matter Unknown front matter key “${k}” (known: agency, agencyKind, year, published, previous).`));
    expect(r.stdout).toContain('good.govreport.md:');
    expect(r.status).toBe(1);
  });
});

describe('internal errors', () => {
  // A preload that breaks JSON.stringify (used for --format json) stands in for a bug.
  const preload = () => {
    writeFileSync(file('break.cjs'), "JSON.stringify = () => { throw new TypeError('boom'); };\n");
    return { NODE_OPTIONS: `--require ${file('break.cjs')}` };
  };

  it('one line asking for a report, exit 2, no stack trace', () => {
    const r = govreport(['check', '--format', 'json', 'good.govreport.md'], { cwd: dir.path, env: preload() });
    expect(r.stderr).toBe(
      'govreport: internal error: boom. This is a bug in govreport; please report it with the command you ran (set GOVREPORT_DEBUG=1 for details).\n',
    );
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  it('the stack with GOVREPORT_DEBUG=1', () => {
    const r = govreport(['check', '--format', 'json', 'good.govreport.md'], { cwd: dir.path, env: { ...preload(), GOVREPORT_DEBUG: '1' } });
    expect(r.stderr).toMatch(/^govreport: internal error: boom\. This is a bug in govreport; please report it with the command you ran\.\nTypeError: boom\n\s+at /);
    expect(r.status).toBe(2);
  });

  it('a failure on one file of a batch costs only that file', () => {
    // A planted bug: trimming the line CRASH-ME throws (String.prototype.trim is used on every line).
    writeFileSync(file('crash.cjs'), "const trim = String.prototype.trim;\nString.prototype.trim = function () { if (trim.call(this) === 'CRASH-ME') throw new TypeError('planted'); return trim.call(this); };\n");
    writeFileSync(file('crash.govreport.md'), '# 报告\n\nCRASH-ME\n');
    const good = govreport(['check', 'good.govreport.md'], { cwd: dir.path });
    const r = govreport(['check', 'crash.govreport.md', 'good.govreport.md'], { cwd: dir.path, env: { NODE_OPTIONS: `--require ${file('crash.cjs')}` } });
    expect(r.stdout).toBe(good.stdout);
    expect(r.stderr).toBe(
      'govreport: crash.govreport.md: internal error while checking (planted); this is a bug in govreport, please report it\nChecked 1 file: 2 errors, 2 warnings; 1 file could not be checked.\n',
    );
    expect(r.status).toBe(2);
  });
});

it('leaves no file behind when reading fails', () => {
  expect(existsSync(file('nope.md'))).toBe(false);
});
