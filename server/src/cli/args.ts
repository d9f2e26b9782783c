import type { Bilingual } from '../engine';
import { usageError } from './errors';
import { msg } from './i18n';
import { closest } from './suggest';

/**
 * A small argument parser: long options (`--name value`, `--name=value`), one-letter aliases
 * (`-o FILE`), repeatable options, `--` to end options, and `-` as a path (standard input).
 * The option table doubles as the source of each command's --help, so the two cannot drift.
 */

export interface FlagSpec {
  readonly kind: 'flag';
  readonly short?: string;
  readonly help: Bilingual;
}

export interface ValueSpec {
  readonly kind: 'value';
  readonly short?: string;
  /** Placeholder in help: FILE, ID=SEVERITY. */
  readonly metavar: string;
  readonly choices?: readonly string[];
  /** Repeatable: every occurrence is kept, in order. */
  readonly multiple?: boolean;
  readonly help: Bilingual;
}

export type OptionSpec = FlagSpec | ValueSpec;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed value of each option, typed from its spec (a choice list gives a union type). */
export type OptionValues<O extends OptionSpecs> = {
  -readonly [K in keyof O]: O[K] extends FlagSpec
    ? boolean
    : O[K] extends { readonly multiple: true }
      ? string[]
      : O[K] extends { readonly choices: readonly (infer C)[] }
        ? C | undefined
        : string | undefined;
};

export interface ParsedArgs<O extends OptionSpecs> {
  readonly options: OptionValues<O>;
  readonly positionals: string[];
}

export function parseArgs<O extends OptionSpecs>(argv: readonly string[], specs: O): ParsedArgs<O> {
  const values: Record<string, boolean | string | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.kind === 'flag' ? false : spec.multiple ? [] : undefined;
  const positionals: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const { name, inline } = splitOption(arg, specs);
    const spec = specs[name];
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw usageError(msg(`选项 --${name} 不接受取值`, `option --${name} takes no value`));
      values[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) {
      throw usageError(msg(`选项 --${name} 需要一个值（${spec.metavar}）`, `option --${name} needs a value (${spec.metavar})`));
    }
    if (spec.choices && !spec.choices.includes(value)) throw invalidChoice(name, value, spec.choices);
    const previous = values[name];
    values[name] = Array.isArray(previous) ? [...previous, value] : value;
  }
  // The mapped type cannot be built field by field; the loop above fills every key of it.
  return { options: values as OptionValues<O>, positionals };
}

/** `--name=value`, `--name`, `-o`, `-oVALUE` → the spec's name and any value attached to it. */
function splitOption(arg: string, specs: OptionSpecs): { name: string; inline?: string } {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (Object.hasOwn(specs, name)) return { name, inline: eq < 0 ? undefined : arg.slice(eq + 1) };
    throw unknownOption(arg.slice(0, eq < 0 ? undefined : eq), specs);
  }
  const letter = arg.slice(1, 2);
  const match = Object.entries(specs).find(([, s]) => s.short === letter);
  if (!match) throw unknownOption(arg, specs);
  const rest = arg.slice(2);
  return { name: match[0], inline: rest === '' ? undefined : rest.replace(/^=/, '') };
}

export function invalidChoice(name: string, value: string, choices: readonly string[]) {
  const valid = choices.join(', ');
  return usageError(msg(`--${name} 的值“${value}”无效；可用的值：${valid}`, `invalid value '${value}' for --${name}; valid values: ${valid}`));
}

function unknownOption(arg: string, specs: OptionSpecs) {
  const names = Object.keys(specs).map((n) => `--${n}`);
  const guess = closest(arg, names);
  return usageError(
    msg(
      `未知选项 ${arg}${guess ? `；是否想输入 ${guess}？` : ''}`,
      `unknown option ${arg}${guess ? `; did you mean ${guess}?` : ''}`,
    ),
  );
}
