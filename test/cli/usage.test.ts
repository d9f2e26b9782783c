import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine';
import { COMMAND_NAMES } from '../../server/src/cli/registry';
import { ROOT } from '../helpers';
import { FAULTS, ensureBuilt, govreport } from './run';

beforeAll(ensureBuilt);

/** Commands are added in their own modules (render, export…); the help must list them all. */
const NAMES = COMMAND_NAMES;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Usage errors: status 2, nothing on stdout, the message and a pointer to --help on stderr. */
function expectUsageError(args: readonly string[], message: string, help = "Run 'govreport check --help' for usage.") {
  const r = govreport(args);
  expect(r).toEqual({ status: 2, stdout: '', stderr: `govreport: ${message}\n${help}\n` });
}

describe('--version and --help', () => {
  it('prints the package version', () => {
    expect(govreport(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(govreport(['-V']).stdout).toBe(`${version}\n`);
  });

  it('lists the commands', () => {
    const r = govreport(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^govreport \d+\.\d+\.\d+ — /);
    expect(r.stdout).toMatch(/\n {2}check +check report drafts and list every problem\n/);
    expect(r.stdout).toMatch(/\n {2}convert +rewrite the statistics tables of a report as canonical pipe tables\n/);
    expect(r.stdout).toMatch(/\n {2}help +show help for a command\n/);
    // Every registered command is listed, in name order, then help.
    const listed = r.stdout.split('Commands:\n')[1].split('\n\n')[0].split('\n').map((l) => l.trim().split(' ')[0]);
    expect(listed).toEqual([...NAMES, 'help']);
    expect(govreport(['help']).stdout).toBe(r.stdout);
  });

  it('shows a command’s help for --help, -h and help COMMAND alike, even beside other arguments', () => {
    const r = govreport(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: govreport check \[options\] PATH\.\.\.\n/);
    for (const option of ['--format text|json', '--rule ID=SEVERITY', '--jobs N', '--lang zh|en', '-h, --help']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Exit status: 0 no problem of severity error; 1 errors found; 2 bad usage, or a file could not be read or checked (the other files are still checked and printed).');
    expect(govreport(['check', '-h']).stdout).toBe(r.stdout);
    expect(govreport(['help', 'check']).stdout).toBe(r.stdout);
    expect(govreport(['check', '--bogus', 'x.md', '--help']).stdout).toBe(r.stdout);
    expect(govreport(['convert', '--help']).stdout).toMatch(/^Usage: govreport convert \[options\] PATH\n[\s\S]*-o, --output FILE/);
  });

  it('in Chinese for a Chinese locale or --lang zh', () => {
    const zh = govreport(['check', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toMatch(/^用法：govreport check \[options\] PATH\.\.\.\n/);
    expect(zh.stdout).toContain('退出状态：0 没有错误级别的问题');
    expect(govreport(['--lang', 'zh', 'check', '--help']).stdout).toBe(zh.stdout);
    expect(govreport(['check', '--help', '--lang=zh']).stdout).toBe(zh.stdout);
    expect(govreport(['--help'], { env: { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'C' } }).stdout).toContain('命令：');
  });

  it('a bare `govreport` prints the overview on stderr and exits 2', () => {
    const r = govreport([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(govreport(['--help']).stdout);
  });
});

describe('bad usage', () => {
  it('an unknown command, with a suggestion', () => {
    const commands = [...NAMES, 'help'].join(', ');
    expectUsageError(['chek', FAULTS], `unknown command 'chek' (did you mean check?); commands: ${commands}`, "Run 'govreport --help' for usage.");
    expectUsageError(['help', 'frobnicate'], `unknown command 'frobnicate'; commands: ${commands}`, "Run 'govreport --help' for usage.");
  });

  it('an unknown option, with a suggestion', () => {
    expectUsageError(['check', '--formt', 'json', FAULTS], 'unknown option --formt; did you mean --format?');
    expectUsageError(['check', '-x', FAULTS], 'unknown option -x');
  });

  it('a bad option value, listing the valid ones', () => {
    expectUsageError(['check', '--format', 'xml', FAULTS], "invalid value 'xml' for --format; valid values: text, json, sarif, junit, html");
    expectUsageError(['check', '--lang', 'fr', FAULTS], "invalid value 'fr' for --lang; valid values: zh, en");
    expectUsageError(['--lang', 'fr', 'check', FAULTS], "invalid value 'fr' for --lang; valid values: zh, en", "Run 'govreport --help' for usage.");
    expectUsageError(['check', FAULTS, '--format'], 'option --format needs a value (text|json|sarif|junit|html)');
    expectUsageError(['check', '--jobs', '0', FAULTS], "--jobs takes a positive integer, got '0'");
    expectUsageError(['convert', '--fix=yes', FAULTS], 'option --fix takes no value', "Run 'govreport convert --help' for usage.");
  });

  it('an unknown rule id lists every valid one; an unknown severity lists the severities', () => {
    const r = govreport(['check', '--rule', 'cell-emty=off', FAULTS]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^govreport: unknown rule 'cell-emty' \(did you mean cell-empty\?\)\. Valid rules: /);
    const listed = r.stderr.split('Valid rules: ')[1].split('\n')[0].split(', ');
    expect(listed).toEqual(RULES.map((rule) => rule.id));
    expect(listed).toContain('previous-unreadable');
    expectUsageError(['check', '--rule', 'cell-empty=fatal', FAULTS], "invalid severity 'fatal' for rule cell-empty; valid severities: off, hint, info, warning, error");
    expectUsageError(['check', '--rule', 'cell-empty', FAULTS], "--rule takes ID=SEVERITY (e.g. cell-empty=off), got 'cell-empty'");
  });

  it('no path', () => {
    expectUsageError(['check'], 'check needs at least one file or directory');
    expectUsageError(['check', '--format', 'json'], 'check needs at least one file or directory');
  });

  it('in the language asked for, even on the same line as the error', () => {
    const r = govreport(['check', '--lang', 'zh', '--formt', 'json', FAULTS]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'govreport: 未知选项 --formt；是否想输入 --format？\n运行 govreport check --help 查看用法。\n' });
  });

  it('`--` ends the options: what follows is a path', () => {
    const r = govreport(['check', '--', '--help']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'govreport: --help: no such file or directory\n' });
  });
});
