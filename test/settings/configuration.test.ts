import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine';
import { configurationContribution, DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';
import { ROOT } from '../helpers';

const read = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;
const REGENERATE = 'package.json / package.nls*.json differ from server/src/settings.ts: run `node scripts/gen-config.mjs`';

describe('contributes.configuration is generated from the settings schema', () => {
  const { configuration, nls } = configurationContribution();

  it('package.json has exactly the generated block', () => {
    const pkg = read('package.json') as { contributes?: { configuration?: unknown } };
    expect(pkg.contributes?.configuration, REGENERATE).toEqual(configuration);
  });

  it('package.nls.json and package.nls.zh-cn.json carry every description', () => {
    const en = read('package.nls.json');
    const zh = read('package.nls.zh-cn.json');
    for (const [key, text] of Object.entries(nls)) {
      expect(en[key], `${REGENERATE} (${key})`).toBe(text.en);
      expect(zh[key], `${REGENERATE} (${key})`).toBe(text.zh);
    }
  });

  it('lists every setting, and every rule id with its default severity', () => {
    const properties = configuration.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).toEqual([
      'govreport.enable',
      'govreport.rules',
      'govreport.run',
      'govreport.debounce',
      'govreport.language',
      'govreport.compare.largeChangePercent',
      'govreport.compare.largeChangeMinimum',
      'govreport.trace.server',
    ]);
    expect(properties['govreport.compare.largeChangePercent']).toMatchObject({ type: 'number', minimum: 0, default: 50 });
    expect(properties['govreport.compare.largeChangeMinimum']).toMatchObject({ type: 'number', minimum: 0, default: 10 });
    expect(properties['govreport.debounce']).toMatchObject({ type: 'integer', minimum: 0, maximum: 5000, default: 60 });
    expect(properties['govreport.language']).toMatchObject({ type: 'string', enum: ['auto', 'zh-CN', 'en'], default: 'auto' });
    const rules = properties['govreport.rules'].properties as Record<string, { default: string; enum: string[] }>;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) expect(rules[r.id]).toMatchObject({ default: r.defaultSeverity, enum: ['off', 'hint', 'info', 'warning', 'error'] });
  });
});

describe('settings are validated field by field', () => {
  it('nothing given: the defaults', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toEqual({
      enable: true,
      rules: {},
      run: 'onType',
      debounce: 60,
      language: 'auto',
      compare: { largeChangePercent: 50, largeChangeMinimum: 10 },
      trace: { server: 'off' },
    });
  });

  it('valid values are kept', () => {
    const input = {
      enable: false,
      rules: { 'cell-empty': 'off', 'text-table-mismatch': 'error' },
      run: 'onSave',
      debounce: 0,
      language: 'en',
      compare: { largeChangePercent: 25, largeChangeMinimum: 0.5 },
      trace: { server: 'verbose' },
    };
    const { settings, problems } = parseSettings(input);
    expect(problems).toEqual([]);
    expect(settings).toEqual(input);
  });

  it('a bad value costs only its own setting; an unknown rule id is dropped', () => {
    const { settings, problems } = parseSettings({ debounce: -5, language: 'fr', rules: { 'cell-empty': 'hint', 'no-such-rule': 'error' }, run: 'onType' });
    expect(settings.debounce).toBe(60);
    expect(settings.language).toBe('auto');
    expect(settings.rules).toEqual({ 'cell-empty': 'hint' });
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('govreport.debounce:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('govreport.language:'))).toBe(true);
    expect(problems).toContain('govreport.rules: unknown rule id “no-such-rule”');
  });

  it('a bad severity invalidates the rules setting, not the rest', () => {
    const { settings, problems } = parseSettings({ rules: { 'cell-empty': 'fatal' }, enable: false });
    expect(settings.rules).toEqual({});
    expect(settings.enable).toBe(false);
    expect(problems).toHaveLength(1);
  });
});
