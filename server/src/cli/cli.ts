import { invalidChoice } from './args';
import { CliError, EXIT, usageError } from './errors';
import type { Command, Context } from './command';
import { commandHelp, overviewHelp } from './help';
import { detectLang, msg, type Lang, LANGS } from './i18n';
import { COMMAND_NAMES, loadAllCommands, loadCommand } from './registry';
import { closest } from './suggest';
import { VERSION } from './version';

/** Everything of Context but the language, which is read from the arguments. */
export type Io = Omit<Context, 'lang'>;

/**
 * Runs one command line and resolves to the exit status. Errors the user can act on become a
 * message on stderr and status 2; anything else propagates to main.ts as an internal error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const context: Context = { ...io, lang: langOption(argv) ?? detectLang(io.env) };
  let command: Command | undefined;
  try {
    const args = withoutLeadingLang(argv);
    const [name, ...rest] = args;
    if (name === undefined) {
      context.err(overviewHelp(await loadAllCommands(), context.lang));
      return EXIT.failure;
    }
    if (name === '--version' || name === '-V' || name === '-v') {
      context.out(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (name === '--help' || name === '-h') {
      context.out(overviewHelp(await loadAllCommands(), context.lang));
      return EXIT.ok;
    }
    if (name === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      context.out(topic === undefined ? overviewHelp(await loadAllCommands(), context.lang) : commandHelp(await find(topic), context.lang));
      return EXIT.ok;
    }
    command = await find(name);
    if (wantsHelp(rest)) {
      context.out(commandHelp(command, context.lang));
      return EXIT.ok;
    }
    return await command.run(rest, context);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const text = error.text[context.lang].split('\n').map((line) => `govreport: ${line}\n`).join('');
    const hint =
      error.kind === 'usage'
        ? context.lang === 'zh'
          ? `运行 govreport ${command ? `${command.name} ` : ''}--help 查看用法。\n`
          : `Run 'govreport ${command ? `${command.name} ` : ''}--help' for usage.\n`
        : '';
    context.err(text + hint);
    return EXIT.failure;
  }
}

async function find(name: string): Promise<Command> {
  const command = await loadCommand(name);
  if (command) return command;
  const names = [...COMMAND_NAMES, 'help'];
  const guess = closest(name, names);
  throw usageError(
    msg(
      `未知命令“${name}”${guess ? `（是否想输入 ${guess}？）` : ''}；可用的命令：${names.join(', ')}`,
      `unknown command '${name}'${guess ? ` (did you mean ${guess}?)` : ''}; commands: ${names.join(', ')}`,
    ),
  );
}

/** --help anywhere before `--` wins over everything else on the line, as in most tools. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * The --lang value, looked up before parsing so that even a usage error on the same line is
 * reported in the language asked for. An invalid value is left for the parser to reject.
 */
function langOption(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (LANGS.includes(value as Lang)) lang = value as Lang;
  }
  return lang;
}

/** `govreport --lang en check …`: a global --lang before the command name. */
function withoutLeadingLang(argv: readonly string[]): readonly string[] {
  let i = 0;
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=')) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].slice('--lang='.length);
    if (!LANGS.includes(value as Lang)) throw invalidChoice('lang', value ?? '', LANGS);
    i += argv[i] === '--lang' ? 2 : 1;
  }
  return argv.slice(i);
}
