import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

/**
 * Cross-year rules get last year's report from the command line (same agency, year N−1) or
 * from the front matter's `previous:`. The fixtures: 2023 carries 3 applications into the next
 * year, 2024 reports 0 carried over, so pairing them yields exactly one carry-over-mismatch.
 */

beforeAll(ensureBuilt);

const Y2023 = 'pair/孝义市2023年政府信息公开工作年度报告.md';
const Y2024 = 'pair/孝义市2024年政府信息公开工作年度报告.md';
const text2023 = readFileSync(join(FIXTURES, Y2023), 'utf8');
const text2024 = readFileSync(join(FIXTURES, CLEAN), 'utf8');
/** 二、上年结转 总计 of the 2024 report, 1-based. */
const CARRIED_TOTAL = { line: 36, col: 133 };

const rulesOf = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => `${l.split(' ')[0]} ${l.split(' ')[2]}`);

describe('previous year from the command line', () => {
  it('pairs a report with the same agency’s report of the year before, in either order', () => {
    const expected = [`${Y2024}:${CARRIED_TOTAL.line}:${CARRIED_TOTAL.col} carry-over-mismatch`];
    expect(rulesOf(govreport(['check', Y2024, Y2023]).stdout)).toEqual(expected);
    expect(rulesOf(govreport(['check', Y2023, Y2024]).stdout)).toEqual(expected);
    expect(rulesOf(govreport(['check', 'pair']).stdout)).toEqual(expected);
  });

  it('checks each alone without it', () => {
    expect(govreport(['check', Y2024]).stdout).toBe('');
    expect(govreport(['check', Y2023]).stdout).toBe('');
  });

  describe('in a scratch folder', () => {
    const dir = tempDir();
    afterAll(dir.remove);

    it('does not pair reports of different agencies', () => {
      const other = text2023.replaceAll('孝义市', '汾阳市');
      writeFileSync(join(dir.path, 'fenyang-2023.govreport.md'), other);
      cpSync(join(FIXTURES, CLEAN), join(dir.path, 'xiaoyi-2024.govreport.md'));
      const r = govreport(['check', '.'], { cwd: dir.path });
      expect(r.stdout).toBe('');
      expect(r.status).toBe(0);
    });
  });
});

describe('previous year from the front matter', () => {
  const dir = tempDir();
  afterAll(dir.remove);
  const withPrevious = (path: string) => `---\nprevious: ${path}\n---\n${text2024}`;
  beforeAll(() => {
    mkdirSync(join(dir.path, 'drafts'));
    mkdirSync(join(dir.path, 'archive'));
    writeFileSync(join(dir.path, 'archive/last-year.md'), text2023);
    writeFileSync(join(dir.path, 'drafts/linked.govreport.md'), withPrevious('../archive/last-year.md'));
    writeFileSync(join(dir.path, 'drafts/missing.govreport.md'), withPrevious('./nowhere.md'));
    writeFileSync(join(dir.path, 'drafts/binary.govreport.md'), withPrevious('./image.png'));
    writeFileSync(join(dir.path, 'drafts/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  });

  it('resolves the path relative to the report, whatever the working directory', () => {
    // Three front-matter lines shift the 2024 report down by three.
    const expected = `:${CARRIED_TOTAL.line + 3}:${CARRIED_TOTAL.col} warning carry-over-mismatch `;
    for (const [cwd, path] of [
      [dir.path, 'drafts/linked.govreport.md'],
      [join(dir.path, 'drafts'), 'linked.govreport.md'],
      [join(dir.path, 'archive'), '../drafts/linked.govreport.md'],
    ]) {
      const r = govreport(['check', path], { cwd });
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stdout).toContain(`${path}${expected}`);
    }
  });

  it('reports an unreadable previous report as a warning on its front-matter value, and goes on', () => {
    const r = govreport(['check', 'drafts/missing.govreport.md', 'drafts/binary.govreport.md'], { cwd: dir.path });
    expect(r.stdout).toBe(
      [
        "drafts/missing.govreport.md:2:11 warning previous-unreadable last year's report cannot be read (./nowhere.md: no such file or directory); the cross-year checks were skipped",
        "drafts/binary.govreport.md:2:11 warning previous-unreadable last year's report cannot be read (./image.png: is a binary file (it contains NUL bytes), not text); the cross-year checks were skipped",
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(0);
    expect(govreport(['check', '--rule', 'previous-unreadable=error', 'drafts/missing.govreport.md'], { cwd: dir.path }).status).toBe(1);
    expect(govreport(['check', '--rule', 'previous-unreadable=off', 'drafts/missing.govreport.md'], { cwd: dir.path }).stdout).toBe('');
  });

  it('in JSON too, with the range of the path', () => {
    const r = govreport(['check', '--format', 'json', 'drafts/missing.govreport.md'], { cwd: dir.path });
    const [d] = JSON.parse(r.stdout).files[0].diagnostics;
    expect(d.rule).toBe('previous-unreadable');
    expect(d.range).toEqual({ start: { line: 1, character: 10 }, end: { line: 1, character: 22 } });
  });
});
