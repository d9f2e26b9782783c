import type { OptionSpec } from './args';
import type { Command } from './command';
import type { Lang } from './i18n';
import { VERSION } from './version';

/** Help texts, written from the command registry and each command's option table. */

export function overviewHelp(commands: readonly Command[], lang: Lang): string {
  const zh = lang === 'zh';
  const rows: [string, string][] = [
    ...commands.map((c): [string, string] => [c.name, c.summary[lang]]),
    ['help', zh ? '显示某个命令的帮助' : 'show help for a command'],
  ];
  return [
    zh
      ? `govreport ${VERSION} — 政府信息公开工作年度报告的检查与转换工具`
      : `govreport ${VERSION} — checks and converts government information disclosure annual reports (政府信息公开工作年度报告)`,
    '',
    `${zh ? '用法：' : 'Usage: '}govreport <command> [options]`,
    '',
    zh ? '命令：' : 'Commands:',
    ...table(rows),
    '',
    zh ? '选项：' : 'Options:',
    ...table([
      ['-h, --help', zh ? '显示此帮助' : 'show this help'],
      ['-V, --version', zh ? '显示版本号' : 'print the version'],
      ['--lang zh|en', zh ? '消息语言（默认取自 LC_ALL / LC_MESSAGES / LANG）' : 'language of messages (default: from LC_ALL / LC_MESSAGES / LANG)'],
    ]),
    '',
    zh ? '运行 govreport <command> --help 查看命令的选项。' : "Run 'govreport <command> --help' for the options of a command.",
    '',
  ].join('\n');
}

export function commandHelp(command: Command, lang: Lang): string {
  const zh = lang === 'zh';
  const options = Object.entries(command.options).map(([name, spec]): [string, string] => [optionName(name, spec), optionHelp(spec, lang)]);
  return [
    `${zh ? '用法：' : 'Usage: '}govreport ${command.usage}`,
    '',
    command.description[lang],
    '',
    zh ? '选项：' : 'Options:',
    ...table(options),
    ...(command.notes ? ['', command.notes[lang]] : []),
    '',
  ].join('\n');
}

function optionName(name: string, spec: OptionSpec): string {
  const long = spec.kind === 'value' ? `--${name} ${spec.metavar}` : `--${name}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

function optionHelp(spec: OptionSpec, lang: Lang): string {
  const repeat = spec.kind === 'value' && spec.multiple ? (lang === 'zh' ? '（可重复）' : ' (repeatable)') : '';
  return spec.help[lang] + repeat;
}

/** Two aligned columns. Left cells are ASCII (names, metavars), so length is display width. */
function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
