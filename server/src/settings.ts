import { z } from 'zod';
import { DEFAULT_LARGE_CHANGE, RULES, type SeveritySetting } from './engine';

/**
 * The settings of section `govreport`, as ONE zod schema. The server validates what the
 * client sends with it, and `scripts/gen-config.mjs` writes package.json's
 * `contributes.configuration` (and the setting descriptions in package.nls*.json) from it;
 * test/settings/configuration.test.ts fails when the two drift apart.
 */

/** Documentation of a setting, in the two languages of the UI (package.nls.json, package.nls.zh-cn.json). */
export interface SettingDoc {
  readonly en: string;
  readonly zh: string;
  /** One description per enum value, in the enum's order. */
  readonly enumDescriptions?: readonly { readonly en: string; readonly zh: string }[];
}

/** Descriptions attached to the schema's fields (a zod registry keeps them beside the types). */
export const settingDocs = z.registry<SettingDoc>();

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const satisfies readonly SeveritySetting[];
export const Severity = z.enum(SEVERITIES);

export const DEFAULT_DEBOUNCE_MS = 60;

export const SettingsSchema = z.object({
  enable: z
    .boolean()
    .default(true)
    .register(settingDocs, {
      en: 'Check reports: diagnostics, code lenses and inlay hints. Hovers, completion, outline and formatting work either way.',
      zh: '检查报告：诊断、代码透镜和内嵌提示。悬停说明、补全、大纲和格式化不受此项影响。',
    }),
  rules: z
    .record(z.string(), Severity)
    .default({})
    .register(settingDocs, {
      en: 'Severity per rule id: off, hint, info, warning or error. Rules not listed keep their default severity.',
      zh: '按规则 id 设置严重程度：off（关闭）、hint、info、warning 或 error。未列出的规则使用默认严重程度。',
    }),
  run: z
    .enum(['onType', 'onSave'])
    .default('onType')
    .register(settingDocs, {
      en: 'When to check an open report.',
      zh: '何时检查打开的报告。',
      enumDescriptions: [
        { en: 'While typing (after a short pause).', zh: '输入时检查（停顿片刻后）。' },
        { en: 'When the file is saved.', zh: '保存文件时检查。' },
      ],
    }),
  debounce: z
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(DEFAULT_DEBOUNCE_MS)
    .register(settingDocs, {
      en: 'Milliseconds to wait after the last keystroke before checking (when run is onType).',
      zh: '最后一次输入后等待多少毫秒再检查（run 为 onType 时）。',
    }),
  language: z
    .enum(['auto', 'zh-CN', 'en'])
    .default('auto')
    .register(settingDocs, {
      en: 'Language of diagnostics, hovers and quick fixes. Statute text is always quoted in Chinese.',
      zh: '诊断、悬停说明和快速修复所用的语言。法律条文始终以中文原文引用。',
      enumDescriptions: [
        { en: "Follow the editor's display language.", zh: '跟随编辑器的显示语言。' },
        { en: 'Simplified Chinese.', zh: '简体中文。' },
        { en: 'English.', zh: '英文。' },
      ],
    }),
  compare: z
    .object({
      largeChangePercent: z
        .number()
        .min(0)
        .max(100000)
        .default(DEFAULT_LARGE_CHANGE.percent)
        .register(settingDocs, {
          en: 'Compare with Last Year: a change of a figure is highlighted as large from this percentage of last year’s figure (and at least the minimum below).',
          zh: '与上年对比：数字的变化达到上年数字的这一百分比（且不小于下面的最小变化量）时，作为较大变化突出显示。',
        }),
      largeChangeMinimum: z
        .number()
        .min(0)
        .default(DEFAULT_LARGE_CHANGE.minimum)
        .register(settingDocs, {
          en: 'Compare with Last Year: changes smaller than this (in the figure’s own unit) are never highlighted as large, so that 1 → 2 is not +100 %. A figure up from 0 by at least this much is.',
          zh: '与上年对比：小于这一数量（按该数字本身的单位）的变化不作为较大变化，避免 1 → 2 显示为 +100%；从 0 增加至少这一数量的则作为较大变化。',
        }),
    })
    .default({ largeChangePercent: DEFAULT_LARGE_CHANGE.percent, largeChangeMinimum: DEFAULT_LARGE_CHANGE.minimum }),
  trace: z
    .object({
      server: z
        .enum(['off', 'messages', 'verbose'])
        .default('off')
        .register(settingDocs, {
          en: 'Traces the communication between VS Code and the govreport language server (for troubleshooting).',
          zh: '记录 VS Code 与 govreport 语言服务器之间的通信（用于排查问题）。',
        }),
    })
    .default({ server: 'off' }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface ParsedSettings {
  readonly settings: Settings;
  /** What was wrong with the input, one line per setting (the setting falls back to its default). */
  readonly problems: readonly string[];
}

/**
 * Validates settings field by field: a bad value costs only that setting (which keeps its
 * default), and unknown rule ids are dropped with a problem, so a typo never turns every
 * check off or on.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const problems: string[] = [];
  const shape = SettingsSchema.shape;
  const field = <K extends SettingKey>(key: K): Settings[K] => {
    const result = shape[key].safeParse(raw[key]);
    if (result.success) return result.data as Settings[K];
    problems.push(`govreport.${key}: ${result.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`);
    return DEFAULT_SETTINGS[key];
  };
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(field('rules'))) {
    if (RULE_IDS.has(id)) rules[id] = severity;
    else problems.push(`govreport.rules: unknown rule id “${id}”`);
  }
  return {
    settings: { enable: field('enable'), rules, run: field('run'), debounce: field('debounce'), language: field('language'), compare: field('compare'), trace: field('trace') },
    problems,
  };
}

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

// ---------------------------------------------------------------------------------------------
// contributes.configuration, generated from the schema above.

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The nls key of a setting's description: `config.govreport.<key>` (rules: `config.govreport.rules.<id>`). */
export const nlsKey = (key: string) => `config.govreport.${key}`;

/** The JSON schema of a zod schema as its input is written (defaults optional), without `$schema`. */
export function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input' }) as JsonObject;
  void _ignored;
  return json;
}

/** One property of contributes.configuration, from a leaf of the schema. */
function property(key: string, schema: z.ZodType, extra: JsonObject = {}): { json: JsonObject; nls: Record<string, { en: string; zh: string }> } {
  const json = jsonSchemaOf(schema);
  const doc = settingDocs.get(schema);
  if (!doc) throw new Error(`settings: no documentation for govreport.${key}`);
  const nls: Record<string, { en: string; zh: string }> = { [nlsKey(key)]: { en: doc.en, zh: doc.zh } };
  const out: JsonObject = { ...json, ...extra, description: `%${nlsKey(key)}%`, scope: 'window' };
  if (doc.enumDescriptions) {
    out.enumDescriptions = doc.enumDescriptions.map((_, i) => `%${nlsKey(`${key}.${i}`)}%`);
    doc.enumDescriptions.forEach((d, i) => (nls[nlsKey(`${key}.${i}`)] = d));
  }
  return { json: out, nls };
}

export interface ConfigurationContribution {
  /** The value of package.json `contributes.configuration`. */
  readonly configuration: JsonObject;
  /** Strings for package.nls.json (en) and package.nls.zh-cn.json (zh), by key. */
  readonly nls: Readonly<Record<string, { readonly en: string; readonly zh: string }>>;
}

/**
 * package.json's `contributes.configuration`: every setting of the schema, with the rule ids
 * of the engine listed under `govreport.rules` (so the settings editor completes them).
 */
export function configurationContribution(): ConfigurationContribution {
  const shape = SettingsSchema.shape;
  const nls: Record<string, { en: string; zh: string }> = { [nlsKey('title')]: { en: 'govreport (annual reports)', zh: 'govreport（政府信息公开年度报告）' } };
  const properties: JsonObject = {};
  const add = (key: string, p: { json: JsonObject; nls: Record<string, { en: string; zh: string }> }) => {
    properties[`govreport.${key}`] = p.json;
    Object.assign(nls, p.nls);
  };
  add('enable', property('enable', shape.enable));
  const ruleProperties = ruleSeverityProperties((rule) => {
    nls[nlsKey(`rules.${rule.id}`)] = { en: rule.description.en, zh: rule.description.zh };
    return `%${nlsKey(`rules.${rule.id}`)}%`;
  });
  const rules = property('rules', shape.rules, { properties: ruleProperties, additionalProperties: false });
  // The rule ids are listed, so the generic key constraint of the record adds nothing.
  delete rules.json.propertyNames;
  add('rules', rules);
  add('run', property('run', shape.run));
  add('debounce', property('debounce', shape.debounce));
  add('language', property('language', shape.language));
  const compare = shape.compare.unwrap().shape;
  add('compare.largeChangePercent', property('compare.largeChangePercent', compare.largeChangePercent));
  add('compare.largeChangeMinimum', property('compare.largeChangeMinimum', compare.largeChangeMinimum));
  add('trace.server', property('trace.server', shape.trace.unwrap().shape.server));
  return { configuration: { title: `%${nlsKey('title')}%`, properties }, nls };
}

/** One JSON schema property per rule id: its severities, its default, and a description. */
export function ruleSeverityProperties(describe: (rule: (typeof RULES)[number]) => string): JsonObject {
  const properties: JsonObject = {};
  for (const rule of RULES) properties[rule.id] = { type: 'string', enum: [...SEVERITIES], default: rule.defaultSeverity, description: describe(rule) };
  return properties;
}
