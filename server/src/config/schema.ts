import { z } from 'zod';
import { FRONT_MATTER_DOCS, FrontMatterSchema } from '../engine';
import { jsonSchemaOf, ruleSeverityProperties, settingDocs, SettingsSchema, type JsonObject, type SettingDoc } from '../settings';

/**
 * The project configuration file, `.govreport.jsonc`: what a team (and its CI) shares so that
 * the editor and `govreport check` find the same things — rule severities, rule options, and
 * who reports. Every field is a field of the one settings schema (server/src/settings.ts) or
 * of the front matter schema, taken from there, never written out again; the JSON schema VS
 * Code validates the file with is generated from this (`scripts/gen-config.mjs`).
 */
export const CONFIG_FILE_NAME = '.govreport.jsonc';

/** Where the generated JSON schema is written (package.json `jsonValidation` points at it). */
export const CONFIG_SCHEMA_PATH = 'schemas/govreport.schema.json';

const settings = SettingsSchema.shape;

/**
 * The fields of the file. Editor behaviour (enable, run, debounce, language, trace) is not
 * here: it is each person's, not the project's.
 */
export const CONFIG_FIELDS = {
  agency: FrontMatterSchema.agency,
  agencyKind: FrontMatterSchema.agencyKind,
  rules: settings.rules.unwrap(),
  compare: settings.compare.unwrap(),
} as const;

export type ConfigKey = keyof typeof CONFIG_FIELDS;

/** What a file may set: any subset of the fields, each leaf of `compare` on its own. */
export interface ConfigValues {
  readonly agency?: z.output<typeof CONFIG_FIELDS.agency>;
  readonly agencyKind?: z.output<typeof CONFIG_FIELDS.agencyKind>;
  readonly rules?: z.output<typeof CONFIG_FIELDS.rules>;
  readonly compare?: Partial<z.output<typeof CONFIG_FIELDS.compare>>;
}

export const isConfigKey = (key: string): key is ConfigKey => Object.hasOwn(CONFIG_FIELDS, key);

/** A description in both languages, as one string (a JSON schema has no localisation). */
const bilingual = (doc: { readonly en: string; readonly zh: string }) => `${doc.en}\n${doc.zh}`;

function documented(schema: z.ZodType, doc: SettingDoc | { en: string; zh: string } | undefined, name: string): JsonObject {
  if (!doc) throw new Error(`config: no documentation for ${name}`);
  return { ...jsonSchemaOf(schema), description: bilingual(doc) };
}

/** The JSON schema of `.govreport.jsonc` (draft-07, which VS Code's JSON service reads). */
export function configJsonSchema(): JsonObject {
  const compareShape = CONFIG_FIELDS.compare.shape;
  const compare: JsonObject = {};
  for (const [key, leaf] of Object.entries(compareShape)) compare[key] = documented(leaf, settingDocs.get(leaf), `compare.${key}`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'govreport configuration (.govreport.jsonc)',
    description: bilingual({
      en: 'Settings shared by the govreport VS Code extension and the govreport command line for the reports in this folder and below. The file nearest to a report applies.',
      zh: 'govreport VS Code 扩展和 govreport 命令行共用的设置，适用于本文件夹及其子文件夹中的报告；以离报告最近的文件为准。',
    }),
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      agency: documented(CONFIG_FIELDS.agency, FRONT_MATTER_DOCS.agency, 'agency'),
      agencyKind: documented(CONFIG_FIELDS.agencyKind, FRONT_MATTER_DOCS.agencyKind, 'agencyKind'),
      rules: {
        type: 'object',
        description: bilingual(settingDocs.get(settings.rules)!),
        properties: ruleSeverityProperties((rule) => bilingual(rule.description)),
        additionalProperties: false,
      },
      compare: { type: 'object', properties: compare, additionalProperties: false },
    },
    additionalProperties: false,
  };
}
