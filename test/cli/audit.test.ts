import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkModel, parseReport } from '../../server/src/engine';
import { sha256Base64 } from '../../server/src/engine/render/sha256';
import { ResultStore } from '../../server/src/cli/check/store';
import { all, attr, cells, documentOf, hasClass, rows, text } from '../render/dom';
import { CLEAN, CLI, FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

/** `check` for an audit of many reports: --summary, --format html, progress on a terminal, bounded memory. */

const dir = tempDir();
const file = (name: string) => join(dir.path, name);
beforeAll(async () => {
  await ensureBuilt();
  cpSync(join(FIXTURES, FAULTS), file(FAULTS));
  cpSync(join(FIXTURES, CLEAN), file(CLEAN));
  cpSync(join(FIXTURES, 'pair'), file('pair'), { recursive: true });
  writeFileSync(file('hostile.govreport.md'), readFileSync(join(FIXTURES, FAULTS), 'utf8').replace('| 规范性文件         |', '| 规范性文件<script>alert(1)</script> |'));
});
afterAll(dir.remove);
const run = (...args: string[]) => govreport(['check', ...args], { cwd: dir.path });

describe('check --summary', () => {
  it('prints the counts per rule and per body instead of every finding', () => {
    const r = run('--summary', FAULTS, 'pair');
    expect(r.stdout).toBe(
      [
        'Rule                 Findings  Reports',
        'carry-over-mismatch         2        2',
        'table4-total                1        1',
        'cell-empty                  1        1',
        'row-label                   1        1',
        'text-table-mismatch         1        1',
        '',
        'Body            Reports  Years      Errors  Warnings  Info  Late  Broken chain',
        '孝义市人民政府        3  2023–2024       2         4     0     0             2',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('Checked 3 files: 2 errors, 4 warnings.\n');
    expect(r.status).toBe(1);
  });

  it('in Chinese, aligned by display width', () => {
    const r = run('--summary', '--lang', 'zh', CLEAN);
    expect(r.stdout).toBe('未发现问题。\n\n机关            报告数  年度  错误  警告  信息  逾期  衔接中断\n孝义市人民政府       1  2024     0     0     0     0         0\n');
  });

  it('as JSON', () => {
    const r = run('--summary', '--format', 'json', FAULTS, 'pair');
    expect(JSON.parse(r.stdout)).toEqual({
      summary: {
        reports: 3,
        counts: { error: 2, warning: 4, info: 0, hint: 0 },
        rules: [
          { rule: 'carry-over-mismatch', findings: 2, reports: 2 },
          { rule: 'table4-total', findings: 1, reports: 1 },
          { rule: 'cell-empty', findings: 1, reports: 1 },
          { rule: 'row-label', findings: 1, reports: 1 },
          { rule: 'text-table-mismatch', findings: 1, reports: 1 },
        ],
        bodies: [{ body: '孝义市人民政府', reports: 3, years: [2023, 2024], counts: { error: 2, warning: 4, info: 0, hint: 0 }, late: 0, broken: 2 }],
      },
    });
  });

  it('goes with text and json only', () => {
    const r = run('--summary', '--format', 'sarif', FAULTS);
    expect(r).toEqual({ status: 2, stdout: '', stderr: "govreport: --summary goes with --format text or json, not sarif\nRun 'govreport check --help' for usage.\n" });
  });
});

describe('check --format html', () => {
  let doc: ReturnType<typeof documentOf>;
  let html: string;
  beforeAll(() => {
    const r = run('--format', 'html', FAULTS, CLEAN, 'pair', 'hostile.govreport.md', 'nope.md');
    expect(r.status).toBe(2);
    html = r.stdout;
    doc = documentOf(html);
  });
  const byClass = (cls: string) => all(doc, (e) => hasClass(e, cls));

  it('is one self-contained page: its only style allowed by hash, no script, nothing fetched', () => {
    const style = all(doc, (e) => e.tagName === 'style');
    expect(style).toHaveLength(1);
    const csp = attr(all(doc, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0], 'content');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${sha256Base64(text(style[0]))}'; base-uri 'none'; form-action 'none'`);
    expect(all(doc, (e) => e.tagName === 'script' || e.tagName === 'link' || e.tagName === 'img' || e.tagName === 'iframe')).toEqual([]);
    expect(all(doc, (e) => (attr(e, 'href') ?? '#').charAt(0) !== '#')).toEqual([]);
  });

  it('opens with the summary table: body, year, file, counts, publication and carry-over of every report', () => {
    const [summary] = byClass('summary');
    const body = rows(summary).slice(1).map((tr) => cells(tr).map(text));
    expect(body).toEqual([
      ['孝义市人民政府', '2024', FAULTS, '2', '3', '0', 'on time', 'broken'],
      ['孝义市人民政府', '2024', CLEAN, '0', '1', '0', 'on time', 'broken'],
      ['孝义市人民政府', '2023', 'pair/孝义市2023年政府信息公开工作年度报告.md', '0', '0', '0', 'on time', 'missing'],
      ['孝义市人民政府', '2024', 'pair/孝义市2024年政府信息公开工作年度报告.md', '0', '1', '0', 'on time', 'broken'],
      ['孝义市人民政府', '2024', 'hostile.govreport.md', '2', '3', '0', 'on time', 'broken'],
    ]);
    const chainTitle = attr(cells(rows(summary)[1])[7], 'title');
    expect(chainTitle).toMatch(/^chain to last year's report broken: 二 \(carried over\) differs from last year's 四 \(carried into next year\) \(1 place\)$/);
    expect(text(all(doc, (e) => e.tagName === 'ul')[0]).trim()).toBe('nope.md: no such file or directory');
  });

  it("then each report's findings, each with its source line and the finding marked", () => {
    const faults = readFileSync(file(FAULTS), 'utf8');
    const previous = parseReport(readFileSync(file('pair/孝义市2023年政府信息公开工作年度报告.md'), 'utf8'));
    const model = parseReport(faults);
    const expected = checkModel(model, { previous });
    const section = all(doc, (e) => e.tagName === 'section' && attr(e, 'id') === 'r1')[0];
    const findings = rows(all(section, (e) => e.tagName === 'table')[0]).slice(1);
    expect(findings).toHaveLength(expected.length * 2);
    expected.forEach((d, i) => {
      const [where, severity, rule, message] = cells(findings[2 * i]).map(text);
      expect([where, severity, rule, message]).toEqual([`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, d.rule, d.message.en]);
      const source = findings[2 * i + 1];
      expect(text(source)).toBe(`${d.range.start.line + 1}${model.source.lineText(d.range.start.line)}`);
      const mark = all(source, (e) => e.tagName === 'mark')[0];
      if (d.range.start.line === d.range.end.line && d.range.end.character > d.range.start.character) expect(text(mark)).toBe(model.source.slice(d.span));
    });
    expect(attr(all(doc, (e) => e.tagName === 'a')[0], 'href')).toBe('#r1');
  });

  it('never lets report text become markup', () => {
    expect(all(doc, (e) => e.tagName === 'script')).toEqual([]);
    expect(html).toContain('规范性文件&lt;script&gt;alert(1)&lt;/script&gt;');
    const sections = all(doc, (e) => e.tagName === 'section');
    expect(text(sections[sections.length - 1])).toContain('规范性文件<script>alert(1)</script>');
  });
});

describe('progress', () => {
  it('is drawn on stderr when it is a terminal, and erased before the results', () => {
    // script(1) runs the command on a pseudo-terminal; the transcript is what the terminal received.
    const r = spawnSync('script', ['-qec', `${process.execPath} ${CLI} check --lang en ${FAULTS} pair`, '/dev/null'], { cwd: dir.path, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\r\x1b\[KChecking 1\/3…/);
    expect(r.stdout).toContain('\r\x1b[KChecking 5/5…');
    // What stays on screen: each line as the terminal shows it once the line was erased and redrawn.
    const shown = r.stdout.split(/\r?\n/).map((line) => line.slice(line.lastIndexOf('\x1b[K') + 1).replace(/^\[K/, ''));
    expect(shown.filter((line) => line !== '')).toEqual([
      ...govreport(['check', FAULTS, 'pair'], { cwd: dir.path }).stdout.trimEnd().split('\n'),
      'Checked 3 files: 2 errors, 4 warnings.',
    ]);
  });

  it('is never written when stderr is a file or a pipe', () => {
    const r = run(FAULTS, 'pair');
    expect(r.stderr).toBe('Checked 3 files: 2 errors, 4 warnings.\n');
    expect(r.stdout).not.toContain('Checking');
  });
});

describe('memory at audit scale', () => {
  it('the results past the budget wait on disk, come back the same, and the file goes when done', () => {
    const before = new Set(readdirSync(tmpdir()));
    const store = new ResultStore(3);
    const result = (n: number) => ({ diagnostics: Array.from({ length: n }, (_, i) => ({ rule: 'cell-empty', severity: 'error' as const, message: `第 ${i} 个`, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } })) });
    [2, 1, 2, 0, 5].forEach((n, i) => store.put(i, result(n)));
    const spilled = readdirSync(tmpdir()).filter((f) => !before.has(f) && f.startsWith('govreport-check-'));
    expect(spilled).toHaveLength(1);
    expect([0, 1, 2, 3, 4].map((i) => store.take(i))).toEqual([2, 1, 2, 0, 5].map(result));
    expect(store.take(2)).toBeUndefined();
    store.close();
    expect(existsSync(join(tmpdir(), spilled[0]))).toBe(false);
  });

  it('worker threads that read their own files still print every file once, in input order', () => {
    mkdirSync(file('many'));
    const names = Array.from({ length: 60 }, (_, i) => `many/${String(i).padStart(2, '0')}.govreport.md`);
    const sources = [readFileSync(file(FAULTS), 'utf8'), readFileSync(file(CLEAN), 'utf8')];
    names.forEach((n, i) => writeFileSync(file(n), sources[i % 2]));
    const whole = run('--format', 'json', '--jobs', '4', 'many');
    const one = JSON.parse(run('--format', 'json', names[0]).stdout).files[0].diagnostics;
    const files = JSON.parse(whole.stdout).files as { path: string; diagnostics: unknown[] }[];
    expect(files.map((f) => f.path)).toEqual(names);
    expect(files.filter((_, i) => i % 2 === 0).every((f) => JSON.stringify(f.diagnostics) === JSON.stringify(one))).toBe(true);
  });
});

