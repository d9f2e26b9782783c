import { getNodeValue, parseTree, printParseErrorCode, stripComments, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { z } from 'zod';
import type { Bilingual } from '../engine';
import { RULE_IDS } from '../settings';
import { CONFIG_FIELDS, isConfigKey, type ConfigKey, type ConfigValues } from './schema';

/** Something wrong in a configuration file, where it is (offsets into its text). */
export interface ConfigProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: Bilingual;
}

export interface ParsedConfig {
  readonly values: ConfigValues;
  readonly problems: readonly ConfigProblem[];
}

/**
 * Reads the text of a `.govreport.jsonc` (JSON with comments and trailing commas). Every
 * entry is checked on its own: a bad one is a problem at its place and is ignored, the rest
 * still applies, so a typo costs one setting, never the file. Never throws.
 */
export function parseConfigText(text: string): ParsedConfig {
  // A file just created (empty, or only comments) sets nothing and is not an error.
  if (stripComments(text).trim() === '') return { values: {}, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    offset: e.offset,
    length: e.length,
    message: { zh: `JSON 语法错误：${printParseErrorCode(e.error)}`, en: `JSON syntax error: ${printParseErrorCode(e.error)}` },
  }));
  if (!root) return { values: {}, problems };
  if (root.type !== 'object') {
    problems.push(at(root, { zh: '配置文件的内容应为一个对象 { … }', en: 'the configuration must be an object { … }' }));
    return { values: {}, problems };
  }
  const values: Record<string, unknown> = {};
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') continue;
    if (!isConfigKey(key)) {
      const known = Object.keys(CONFIG_FIELDS).join(', ');
      problems.push(at(keyNode, { zh: `未知的设置“${key}”；可用的设置：${known}`, en: `unknown setting “${key}”: the settings are: ${known}` }));
      continue;
    }
    const value = readField(key, valueNode, problems);
    if (value !== undefined) values[key] = value;
  }
  // Each field was validated against its own schema above, so the record is a ConfigValues.
  return { values: values as ConfigValues, problems };
}

/** One top-level field: objects entry by entry (a bad rule costs that rule), leaves whole. */
function readField(key: ConfigKey, node: Node, problems: ConfigProblem[]): unknown {
  if (key === 'rules' || key === 'compare') {
    if (node.type !== 'object') {
      problems.push(at(node, { zh: `“${key}”应为一个对象 { … }`, en: `“${key}” must be an object { … }` }));
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const entry of node.children ?? []) {
      const [keyNode, valueNode] = entry.children ?? [];
      if (!keyNode || !valueNode) continue;
      const name = String(keyNode.value);
      const schema = entrySchema(key, name);
      if (!schema) {
        problems.push(
          at(keyNode, key === 'rules' ? { zh: `未知的规则 id“${name}”`, en: `unknown rule id “${name}”` } : { zh: `未知的设置“${key}.${name}”`, en: `unknown setting “${key}.${name}”` }),
        );
        continue;
      }
      const value = validated(`${key}.${name}`, schema, valueNode, problems);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  return validated(key, CONFIG_FIELDS[key], node, problems);
}

function entrySchema(key: 'rules' | 'compare', name: string): z.ZodType | undefined {
  if (key === 'rules') return RULE_IDS.has(name) ? CONFIG_FIELDS.rules.valueType : undefined;
  const shape: Record<string, z.ZodType> = CONFIG_FIELDS.compare.shape;
  return Object.hasOwn(shape, name) ? shape[name] : undefined;
}

function validated(name: string, schema: z.ZodType, node: Node, problems: ConfigProblem[]): unknown {
  const result = schema.safeParse(getNodeValue(node));
  if (result.success) return result.data;
  const why = result.error.issues.map((i) => i.message).join('; ');
  problems.push(at(node, { zh: `“${name}”的值无效（${why}）`, en: `invalid value for “${name}” (${why})` }));
  return undefined;
}

function at(node: Node, message: Bilingual): ConfigProblem {
  return { offset: node.offset, length: node.length, message };
}

