import type { Bilingual } from '../engine';
import { parseArgs, type OptionSpecs, type ParsedArgs } from './args';
import type { Lang } from './i18n';

/** What a command may touch of the outside world; main.ts supplies the real process. */
export interface Context {
  readonly lang: Lang;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** For the path `-`. */
  readonly stdin: NodeJS.ReadableStream;
  /** The script to start worker threads from (the bundle itself). */
  readonly workerScript: string;
  /** Whether stderr is a terminal: progress is shown there, never in a file or a pipe. */
  readonly stderrIsTerminal?: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Options every command accepts. --help is answered before the command runs (see cli.ts). */
export const COMMON_OPTIONS = {
  lang: {
    kind: 'value',
    metavar: 'zh|en',
    choices: ['zh', 'en'],
    help: { zh: '消息语言（默认取自 LC_ALL / LC_MESSAGES / LANG）', en: 'language of messages (default: from LC_ALL / LC_MESSAGES / LANG)' },
  },
  help: { kind: 'flag', short: 'h', help: { zh: '显示此帮助', en: 'show this help' } },
} as const satisfies OptionSpecs;

export interface CommandInfo {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: Bilingual;
  /** After `govreport `: `check [options] PATH...`. */
  readonly usage: string;
  /** What the command does, for its --help. */
  readonly description: Bilingual;
  /** Exit statuses, examples: the end of its --help. */
  readonly notes?: Bilingual;
}

/** A command as the dispatcher sees it: its help, and a runner over raw arguments. */
export interface Command extends CommandInfo {
  readonly options: OptionSpecs;
  /** Resolves to the exit status. Throws CliError on bad usage or input. */
  run(argv: readonly string[], context: Context): Promise<number>;
}

export interface CommandSpec<O extends OptionSpecs> extends CommandInfo {
  readonly options: O;
  run(args: ParsedArgs<O & typeof COMMON_OPTIONS>, context: Context): Promise<number>;
}

/** Binds a command's option table to its parser, so `run` receives typed option values. */
export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  const options = { ...spec.options, ...COMMON_OPTIONS };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    description: spec.description,
    notes: spec.notes,
    options,
    run: (argv, context) => spec.run(parseArgs(argv, options), context),
  };
}
