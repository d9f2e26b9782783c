import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine';
import { parseConfigText } from '../../server/src/config/file';
import { CONFIG_FILE_NAME, CONFIG_SCHEMA_PATH, configJsonSchema } from '../../server/src/config/schema';
import { ROOT } from '../helpers';

const REGENERATE = 'schemas/govreport.schema.json or package.json jsonValidation differ from server/src/config/schema.ts: run `node scripts/gen-config.mjs`';

describe('the JSON schema of .govreport.jsonc is generated from the settings schema', () => {
  const schema = configJsonSchema();

  it('the file in the package is exactly the generated one, and VS Code is pointed at it', () => {
    expect(JSON.parse(readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8')), REGENERATE).toEqual(schema);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: unknown } };
    expect(pkg.contributes.jsonValidation, REGENERATE).toEqual([{ fileMatch: CONFIG_FILE_NAME, url: `./${CONFIG_SCHEMA_PATH}` }]);
    expect(readFileSync(join(ROOT, '.vscodeignore'), 'utf8')).toContain('!schemas/*.json');
  });

  it('completes every rule id with its default, the compare options with theirs, and the agency kinds', () => {
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).toEqual(['$schema', 'agency', 'agencyKind', 'rules', 'compare']);
    const rules = properties.rules.properties as Record<string, { default: string; enum: string[]; description: string }>;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) expect(rules[r.id]).toEqual({ type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'], default: r.defaultSeverity, description: `${r.description.en}\n${r.description.zh}` });
    expect(properties.compare.properties).toMatchObject({ largeChangePercent: { type: 'number', minimum: 0, default: 50 }, largeChangeMinimum: { type: 'number', minimum: 0, default: 10 } });
    expect(properties.agencyKind).toMatchObject({ type: 'string', enum: ['government', 'department', 'other'] });
  });

  it('VS Code’s validation and govreport’s reading agree on what is wrong', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const samples = [
      ['{ "rules": { "cell-empty": "warning" }, "agency": "某县人民政府", "agencyKind": "government", "compare": { "largeChangePercent": 20 } }', true],
      ['{ "rules": { "cell-empty": "loud" } }', false],
      ['{ "rules": { "no-such-rule": "off" } }', false],
      ['{ "compare": { "largeChangeMinimum": -1 } }', false],
      ['{ "enable": false }', false],
      ['{ "agencyKind": "county" }', false],
      ['{ "agency": "" }', false],
    ] as const;
    for (const [text, valid] of samples) {
      expect(validate(parse(text)), text).toBe(valid);
      expect(parseConfigText(text).problems.length === 0, text).toBe(valid);
    }
  });
});
