import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

beforeAll(ensureBuilt);

/** The rules of the findings printed, in order, with their severities. */
const findings = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => l.split(' ').slice(1, 3).join(' '));

const ALL_FOUR = ['warning text-table-mismatch', 'warning row-label', 'error cell-empty', 'error table4-total'];

describe('check: the configuration file', () => {
  const dir = tempDir();
  const report = join('reports', 'sub', FAULTS);
  beforeAll(() => {
    mkdirSync(join(dir.path, 'reports', 'sub'), { recursive: true });
    cpSync(join(FIXTURES, FAULTS), join(dir.path, report));
    writeFileSync(
      join(dir.path, '.govreport.jsonc'),
      '{\n  // the team’s choices\n  "rules": { "row-label": "off", "cell-empty": "warning" },\n  "agency": "孝义市政务服务中心",\n}\n',
    );
    writeFileSync(join(dir.path, 'other.jsonc'), '{ "rules": { "table4-total": "off" } }');
  });
  afterAll(() => dir.remove());

  it('is found above the report and applies: severities, and the agency the report does not name', () => {
    const r = govreport(['check', report], { cwd: dir.path });
    expect(findings(r.stdout)).toEqual(['warning text-table-mismatch', 'warning cell-empty', 'error table4-total']);
    expect(r.status).toBe(1);
    const summary = JSON.parse(govreport(['check', '--summary', '--format', 'json', report], { cwd: dir.path }).stdout) as { summary: { bodies: { body: string }[] } };
    expect(summary.summary.bodies.map((b) => b.body)).toEqual(['孝义市政务服务中心']);
  });

  it('a directory argument finds it the same way, from each report', () => {
    expect(findings(govreport(['check', 'reports'], { cwd: dir.path }).stdout)).toEqual(['warning text-table-mismatch', 'warning cell-empty', 'error table4-total']);
  });

  it('--rule flags win over the file', () => {
    const r = govreport(['check', '--rule', 'cell-empty=error', report], { cwd: dir.path });
    expect(findings(r.stdout)).toEqual(['warning text-table-mismatch', 'error cell-empty', 'error table4-total']);
  });

  it('--config FILE replaces discovery', () => {
    expect(findings(govreport(['check', '--config', 'other.jsonc', report], { cwd: dir.path }).stdout)).toEqual(['warning text-table-mismatch', 'warning row-label', 'error cell-empty']);
  });

  it('the nearest file wins, whole (files are not merged)', () => {
    writeFileSync(join(dir.path, 'reports', 'sub', '.govreport.jsonc'), '{}');
    try {
      expect(findings(govreport(['check', report], { cwd: dir.path }).stdout)).toEqual(ALL_FOUR);
    } finally {
      writeFileSync(join(dir.path, 'reports', 'sub', '.govreport.jsonc'), '// nothing set\n');
    }
    expect(findings(govreport(['check', report], { cwd: dir.path }).stdout)).toEqual(ALL_FOUR);
  });

  it('standard input uses the working directory’s', () => {
    const r = govreport(['check', '-'], { cwd: dir.path, input: readFileSync(join(FIXTURES, FAULTS)) });
    expect(findings(r.stdout)).toEqual(['warning text-table-mismatch', 'warning cell-empty', 'error table4-total']);
    expect(findings(govreport(['check', '-'], { cwd: FIXTURES, input: readFileSync(join(FIXTURES, FAULTS)) }).stdout)).toEqual(ALL_FOUR);
  });
});

describe('check: a bad configuration file stops the run with one line per problem, exit 2', () => {
  const dir = tempDir();
  beforeAll(() => {
    cpSync(join(FIXTURES, FAULTS), join(dir.path, FAULTS));
    writeFileSync(join(dir.path, '.govreport.jsonc'), '{\n  "rules": { "cell-empty": "loud", "no-such-rule": "off" },\n  "enable": false\n}\n');
    writeFileSync(join(dir.path, 'broken.jsonc'), '{ "rules": ');
  });
  afterAll(() => dir.remove());

  it('names the file, line and column of each problem; nothing is checked', () => {
    const r = govreport(['check', FAULTS], { cwd: dir.path });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'govreport: .govreport.jsonc:2:28: invalid value for “rules.cell-empty” (Invalid option: expected one of "off"|"hint"|"info"|"warning"|"error")',
      'govreport: .govreport.jsonc:2:36: unknown rule id “no-such-rule”',
      'govreport: .govreport.jsonc:3:3: unknown setting “enable”: the settings are: agency, agencyKind, rules, compare',
      'govreport: the configuration has problems: nothing was checked',
    ]);
  });

  it('in Chinese too', () => {
    const r = govreport(['check', '--lang', 'zh', FAULTS], { cwd: dir.path });
    expect(r.stderr).toContain('.govreport.jsonc:2:36: 未知的规则 id“no-such-rule”');
    expect(r.stderr).toContain('配置文件有误，未检查任何报告');
  });

  it('a syntax error, or a --config file that does not exist', () => {
    const broken = govreport(['check', '--config', 'broken.jsonc', FAULTS], { cwd: dir.path });
    expect([broken.status, broken.stderr.split('\n')[0]]).toEqual([2, 'govreport: broken.jsonc:1:12: JSON syntax error: ValueExpected']);
    const missing = govreport(['check', '--config', 'nope.jsonc', FAULTS], { cwd: dir.path });
    expect([missing.status, missing.stderr.split('\n')[0]]).toEqual([2, 'govreport: nope.jsonc: no such file or directory']);
  });
});

describe('compare: rule options from the configuration file', () => {
  const dir = tempDir();
  const [last, current] = ['孝义市2023年政府信息公开工作年度报告.md', '孝义市2024年政府信息公开工作年度报告.md'];
  beforeAll(() => {
    for (const f of [last, current]) cpSync(join(FIXTURES, 'pair', f), join(dir.path, f));
    writeFileSync(join(dir.path, '.govreport.jsonc'), '{ "compare": { "largeChangePercent": 1, "largeChangeMinimum": 1 } }');
  });
  afterAll(() => dir.remove());

  const headline = (args: string[]) => govreport(['compare', ...args, last, current], { cwd: dir.path }).stdout.split('\n')[1];

  it('the thresholds come from the file, and a flag wins over it', () => {
    expect(headline([])).toMatch(/^200 figures, 5 changed, 5 by much \(≥ 1%, ≥ 1\);/);
    expect(headline(['--threshold', '50'])).toMatch(/^200 figures, 5 changed, 2 by much \(≥ 50%, ≥ 1\);/);
    expect(headline(['--config', join(FIXTURES, 'pair', last)])).toBeUndefined();
  });
});
