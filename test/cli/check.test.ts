import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../helpers';
import { CLEAN, CLI, FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

beforeAll(ensureBuilt);

const faultsText = readFileSync(join(FIXTURES, FAULTS), 'utf8');
/** The four planted faults: 1-based line:col, severity, rule. */
const PLANTED = [
  [7, 49, 'warning', 'text-table-mismatch'],
  [16, 3, 'warning', 'row-label'],
  [70, 29, 'error', 'cell-empty'],
  [71, 66, 'error', 'table4-total'],
] as const;

/** The engine's own message for the fault at a position: the CLI must print it unchanged. */
function engineMessage(line: number, col: number, lang: 'zh' | 'en'): string {
  const d = check(faultsText).find((x) => x.range.start.line === line - 1 && x.range.start.character === col - 1);
  if (!d) throw new Error(`no diagnostic at ${line}:${col}`);
  return d.message[lang];
}

const expectedLine = (path: string, [line, col, severity, rule]: (typeof PLANTED)[number], lang: 'zh' | 'en' = 'en') =>
  `${path}:${line}:${col} ${severity} ${rule} ${engineMessage(line, col, lang)}`;

describe('check: text output', () => {
  it('prints one line per diagnostic, path:line:col severity rule message, and exits 1 on errors', () => {
    const r = govreport(['check', FAULTS]);
    expect(r.stdout).toBe(PLANTED.map((p) => `${expectedLine(FAULTS, p)}\n`).join(''));
    expect(r.stderr).toBe('Checked 1 file: 2 errors, 2 warnings.\n');
    expect(r.status).toBe(1);
  });

  it('prints nothing on stdout and exits 0 for a clean report', () => {
    const r = govreport(['check', CLEAN]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'Checked 1 file: no problems.\n' });
  });

  it('writes messages in Chinese with --lang zh, or when the locale is Chinese', () => {
    const expected = PLANTED.map((p) => `${expectedLine(FAULTS, p, 'zh')}\n`).join('');
    const byOption = govreport(['check', '--lang', 'zh', FAULTS]);
    expect(byOption.stdout).toBe(expected);
    expect(byOption.stderr).toBe('已检查 1 个文件：2 个错误，2 个警告。\n');
    expect(govreport(['check', FAULTS], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toBe(expected);
    // LC_ALL outranks LANG, and --lang outranks both.
    expect(govreport(['check', FAULTS], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } }).stdout).toContain('Total should be 12');
    expect(govreport(['check', '--lang=en', FAULTS], { env: { LC_ALL: 'zh_CN.UTF-8' } }).stdout).toContain('Total should be 12');
  });

  it('reads standard input for the path -', () => {
    const r = govreport(['check', '-'], { input: faultsText });
    expect(r.stdout).toBe(PLANTED.map((p) => `${expectedLine('<stdin>', p)}\n`).join(''));
    expect(r.status).toBe(1);
  });
});

describe('check: JSON output', () => {
  it('has exactly the documented shape, with 0-based LSP ranges', () => {
    const r = govreport(['check', '--format', 'json', FAULTS, CLEAN]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    const diagnostics = check(faultsText).map((d) => ({ rule: d.rule, severity: d.severity, message: d.message.en, range: d.range }));
    expect(doc).toEqual({ files: [{ path: FAULTS, diagnostics }, { path: CLEAN, diagnostics: [] }] });
    expect(doc.files[0].diagnostics.map((d: { range: { start: unknown } }) => d.range.start)).toEqual(
      PLANTED.map(([line, col]) => ({ line: line - 1, character: col - 1 })),
    );
    expect(Object.keys(doc.files[0].diagnostics[0])).toEqual(['rule', 'severity', 'message', 'range']);
  });

  it('gives the message in the chosen language', () => {
    const doc = JSON.parse(govreport(['check', '--format=json', '--lang', 'zh', FAULTS]).stdout);
    expect(doc.files[0].diagnostics[3].message).toBe(engineMessage(71, 66, 'zh'));
  });
});

describe('check: --rule overrides', () => {
  it('off drops a rule; the exit status follows what is left', () => {
    const r = govreport(['check', '--rule', 'cell-empty=off', FAULTS]);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[2])).toEqual(['text-table-mismatch', 'row-label', 'table4-total']);
    expect(r.status).toBe(1);
    const relaxed = govreport(['check', '--rule', 'cell-empty=off', '--rule', 'table4-total=warning', FAULTS]);
    expect(relaxed.stdout).toContain(':71:66 warning table4-total ');
    expect(relaxed.stdout).not.toContain(' cell-empty ');
    expect(relaxed.status).toBe(0);
  });

  it('accepts a comma-separated list, and can raise a warning to an error', () => {
    expect(govreport(['check', '--rule', 'cell-empty=off,table4-total=info', FAULTS]).status).toBe(0);
    const strict = govreport(['check', '--rule', 'cell-empty=off,table4-total=off,row-label=error', FAULTS]);
    expect(strict.stdout).toContain(':16:3 error row-label ');
    expect(strict.status).toBe(1);
  });
});

const SPY = `const wt = require('node:worker_threads');
if (wt.isMainThread) wt.Worker = class extends wt.Worker { constructor(...a) { super(...a); process.stderr.write('worker started\\n'); } };
`;

describe('check: directories', () => {
  const dir = tempDir();
  afterAll(dir.remove);
  beforeAll(() => {
    const put = (path: string, from: string) => {
      mkdirSync(join(dir.path, path, '..'), { recursive: true });
      cpSync(join(FIXTURES, from), join(dir.path, path));
    };
    put('reports/孝义市2024年政府信息公开工作年度报告.md', CLEAN);
    put('reports/b/faults.govreport.md', FAULTS);
    put('reports/b/faults.md', FAULTS); // not named like a report
    put('reports/b/faults.govreport.txt', FAULTS);
    put('reports/node_modules/x/faults.govreport.md', FAULTS);
    put('reports/.git/faults.govreport.md', FAULTS);
    put('reports/.cache/faults.govreport.md', FAULTS);
    mkdirSync(join(dir.path, 'empty/sub'), { recursive: true });
    writeFileSync(join(dir.path, 'empty/sub/notes.md'), '# notes\n');
  });

  it('finds *.govreport.md and report-named Markdown files, skipping node_modules and hidden folders', () => {
    const r = govreport(['check', '--format', 'json', 'reports'], { cwd: dir.path });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([
      'reports/b/faults.govreport.md',
      'reports/孝义市2024年政府信息公开工作年度报告.md',
    ]);
    expect(r.status).toBe(1);
  });

  it('checks a file named on the command line whatever its name, and each file once', () => {
    const r = govreport(['check', '--format', 'json', 'reports/b/faults.md', 'reports', 'reports/b/faults.md'], { cwd: dir.path });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([
      'reports/b/faults.md',
      'reports/b/faults.govreport.md',
      'reports/孝义市2024年政府信息公开工作年度报告.md',
    ]);
  });

  it('rejects a directory that holds no report, naming it, and checks the other paths', () => {
    const message = 'govreport: empty: no report files in this directory (looked for *.govreport.md and .md files named like 政府信息公开…年度报告)\n';
    const alone = govreport(['check', 'empty'], { cwd: dir.path });
    expect(alone.status).toBe(2);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toBe(message);
    const r = govreport(['check', 'reports', 'empty'], { cwd: dir.path });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe(govreport(['check', 'reports'], { cwd: dir.path }).stdout);
    expect(r.stderr).toBe(`${message}Checked 2 files: 2 errors, 2 warnings; 1 file could not be checked.\n`);
  });

  it('gives the same output with worker threads as on one thread', () => {
    for (let i = 0; i < 40; i++) cpSync(join(FIXTURES, i % 2 ? FAULTS : CLEAN), join(dir.path, `many/${String(i).padStart(2, '0')}.govreport.md`));
    // A preload that announces each worker thread proves the pool really ran.
    writeFileSync(join(dir.path, 'spy.cjs'), SPY);
    const env = { NODE_OPTIONS: `--require ${join(dir.path, 'spy.cjs')}` };
    const one = govreport(['check', '--jobs', '1', 'many'], { cwd: dir.path, env });
    const pool = govreport(['check', '--jobs', '2', 'many'], { cwd: dir.path, env });
    expect(one.stdout.split('\n').length).toBe(20 * PLANTED.length + 1);
    expect(one.stderr).toBe('Checked 40 files: 40 errors, 40 warnings.\n');
    expect(pool).toEqual({ ...one, stderr: `worker started\nworker started\n${one.stderr}` });
  });

  it('stops quietly when the reader of its output goes away (| head), keeping the exit status', async () => {
    for (let i = 0; i < 300; i++) cpSync(join(FIXTURES, FAULTS), join(dir.path, `lots/${String(i).padStart(3, '0')}.govreport.md`));
    // ~300 KB of JSON, far more than a pipe holds: the reader leaves long before the write ends.
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', 'lots'], { cwd: dir.path, env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });
});
