import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, withAgencyDefaults } from '../../server/src/engine';
import { parseConfigText } from '../../server/src/config/file';
import { ConfigFiles, isInside, type LoadedConfig } from '../../server/src/config/load';
import { agencyOf, rulesWithFlags, withConfig } from '../../server/src/config/merge';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';
import { EXAMPLE } from '../language/setup';

describe('.govreport.jsonc is read entry by entry', () => {
  it('JSON with comments and trailing commas; every field', () => {
    const text = `{
  // shared by the team and CI
  "$schema": "./node_modules/govreport/schemas/govreport.schema.json",
  "agency": "孝义市人民政府",
  "agencyKind": "government",
  "rules": { "cell-number-style": "off", "copied-text": "warning", },
  "compare": { "largeChangePercent": 25 },
}`;
    expect(parseConfigText(text)).toEqual({
      values: { agency: '孝义市人民政府', agencyKind: 'government', rules: { 'cell-number-style': 'off', 'copied-text': 'warning' }, compare: { largeChangePercent: 25 } },
      problems: [],
    });
  });

  it('a bad entry is one problem at its place and costs only itself', () => {
    const text = '{\n  "rules": { "cell-empty": "loud", "no-such-rule": "off", "row-label": "off" },\n  "compare": { "largeChangeMinimum": -3, "x": 1 },\n  "enable": false,\n  "agencyKind": "county"\n}';
    const { values, problems } = parseConfigText(text);
    expect(values).toEqual({ rules: { 'row-label': 'off' }, compare: {} });
    const at = (offset: number, length: number) => text.slice(offset, offset + length);
    expect(problems.map((p) => [at(p.offset, p.length), p.message.en.split(' (')[0]])).toEqual([
      ['"loud"', 'invalid value for “rules.cell-empty”'],
      ['"no-such-rule"', 'unknown rule id “no-such-rule”'],
      ['-3', 'invalid value for “compare.largeChangeMinimum”'],
      ['"x"', 'unknown setting “compare.x”'],
      ['"enable"', 'unknown setting “enable”: the settings are: agency, agencyKind, rules, compare'],
      ['"county"', 'invalid value for “agencyKind”'],
    ]);
    expect(problems[1].message.zh).toBe('未知的规则 id“no-such-rule”');
  });

  it('syntax errors, a non-object, an empty file: problems, never an exception', () => {
    const broken = parseConfigText('{ "rules": { "cell-empty": "off" ');
    expect(broken.values).toEqual({ rules: { 'cell-empty': 'off' } });
    expect(broken.problems.map((p) => p.message.en)).toEqual(['JSON syntax error: CloseBraceExpected', 'JSON syntax error: CloseBraceExpected']);
    expect(parseConfigText('[1, 2]').problems.map((p) => p.message.en)).toEqual(['the configuration must be an object { … }']);
    expect(parseConfigText('')).toEqual({ values: {}, problems: [] });
    expect(parseConfigText('// nothing yet\n')).toEqual({ values: {}, problems: [] });
    expect(parseConfigText('{ "rules": 3 }').problems.map((p) => p.message.en)).toEqual(['“rules” must be an object { … }']);
  });
});

describe('discovery: the nearest .govreport.jsonc above the report', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'govreport-config-'));
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    mkdirSync(join(root, 'a/other'), { recursive: true });
    mkdirSync(join(root, 'a/dir/.govreport.jsonc'), { recursive: true });
    writeFileSync(join(root, '.govreport.jsonc'), '{ "rules": { "row-label": "off" } }');
    writeFileSync(join(root, 'a/b/.govreport.jsonc'), '{ "rules": { "cell-empty": "warning" } }');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('nearest wins, files are not merged; a folder of that name is not a file', () => {
    const files = new ConfigFiles();
    expect(files.forDirectory(join(root, 'a/b/c'))?.path).toBe(join(root, 'a/b/.govreport.jsonc'));
    expect(files.forDirectory(join(root, 'a/b/c'))?.values).toEqual({ rules: { 'cell-empty': 'warning' } });
    expect(files.forDirectory(join(root, 'a/other'))?.path).toBe(join(root, '.govreport.jsonc'));
    expect(files.forDirectory(join(root, 'a/dir'))?.path).toBe(join(root, '.govreport.jsonc'));
  });

  it('each file is read once until clear(); clear() sees changes and new files', () => {
    const read: string[] = [];
    const files = new ConfigFiles((c: LoadedConfig) => read.push(c.path));
    files.forDirectory(join(root, 'a/b/c'));
    files.forDirectory(join(root, 'a/b'));
    expect(read).toEqual([join(root, 'a/b/.govreport.jsonc')]);
    writeFileSync(join(root, 'a/b/c/.govreport.jsonc'), '{ "agency": "某县人民政府" }');
    expect(files.forDirectory(join(root, 'a/b/c'))?.path).toBe(join(root, 'a/b/.govreport.jsonc'));
    files.clear();
    expect(files.forDirectory(join(root, 'a/b/c'))?.values).toEqual({ agency: '某县人民政府' });
    rmSync(join(root, 'a/b/c/.govreport.jsonc'));
    files.clear();
  });

  it('confined to folders (an untrusted workspace): nothing above them is read', () => {
    const files = new ConfigFiles();
    files.confine([join(root, 'a')]);
    expect(files.forDirectory(join(root, 'a/other'))).toBeUndefined();
    expect(files.forDirectory(join(root, 'a/b/c'))?.path).toBe(join(root, 'a/b/.govreport.jsonc'));
    files.confine(undefined);
    expect(files.forDirectory(join(root, 'a/other'))?.path).toBe(join(root, '.govreport.jsonc'));
    expect([isInside(join(root, 'a/b'), join(root, 'a')), isInside(root, join(root, 'a')), isInside(join(root, 'ab'), join(root, 'a'))]).toEqual([true, false, false]);
  });

  it('a file that cannot be read is one problem that says so', () => {
    const config = new ConfigFiles().load(join(root, 'missing.jsonc'));
    expect(config.unreadable).toBe(true);
    expect(config.problems.map((p) => p.message.en)).toEqual(['the configuration file cannot be read (ENOENT)']);
  });
});

describe('precedence: defaults < VS Code settings < the file < CLI flags', () => {
  const { settings } = parseSettings({ rules: { 'cell-empty': 'warning', 'row-label': 'off' }, compare: { largeChangePercent: 30 } });

  it('the file wins over the settings, entry by entry', () => {
    const merged = withConfig(settings, { rules: { 'cell-empty': 'info' }, compare: { largeChangeMinimum: 5 } });
    expect(merged.rules).toEqual({ 'cell-empty': 'info', 'row-label': 'off' });
    expect(merged.compare).toEqual({ largeChangePercent: 30, largeChangeMinimum: 5 });
    expect(withConfig(settings, undefined)).toBe(settings);
    expect(withConfig(DEFAULT_SETTINGS, {}).compare).toEqual(DEFAULT_SETTINGS.compare);
  });

  it('flags win over the file', () => {
    expect(rulesWithFlags({ rules: { 'cell-empty': 'info', 'row-label': 'off' } }, { 'cell-empty': 'error' })).toEqual({ 'cell-empty': 'error', 'row-label': 'off' });
    expect(rulesWithFlags(undefined, { 'row-label': 'hint' })).toEqual({ 'row-label': 'hint' });
  });

  it('agency and kind only when the file names one', () => {
    expect(agencyOf({ rules: {} })).toBeUndefined();
    expect(agencyOf({ agencyKind: 'department' })).toEqual({ agency: undefined, agencyKind: 'department' });
  });
});

describe('the agency from the configuration', () => {
  const withoutFrontMatter = EXAMPLE.replace(/^---\n[\s\S]*?\n---\n/, '');
  const stated = parseReport(EXAMPLE);
  const inferred = parseReport(withoutFrontMatter);

  it('the front matter wins', () => {
    expect(withAgencyDefaults(stated, { agency: '某县人民政府', agencyKind: 'other' })).toBe(stated);
  });

  it('the configuration wins over what the title or signature suggest; its kind is inferred from its name', () => {
    expect(inferred.meta.agency?.source).not.toBe('front-matter');
    const model = withAgencyDefaults(inferred, { agency: '孝义市发展和改革局' });
    expect(model.meta.agency).toEqual({ value: '孝义市发展和改革局', span: { start: 0, end: 0 }, source: 'configuration' });
    expect(model.meta.agencyKind).toMatchObject({ value: 'department', source: 'configuration' });
    expect(withAgencyDefaults(inferred, { agencyKind: 'other' }).meta).toMatchObject({ agency: inferred.meta.agency, agencyKind: { value: 'other', source: 'configuration' } });
    expect(withAgencyDefaults(inferred, undefined)).toBe(inferred);
  });
});
