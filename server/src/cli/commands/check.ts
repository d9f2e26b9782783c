import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { Severity } from '../../engine';
import { defineCommand } from '../command';
import { combine, inputError, usageError, EXIT } from '../errors';
import { msg } from '../i18n';
import { discover } from '../files/discover';
import { parseRuleSettings } from '../rule-settings';
import { CONFIG_OPTION, configsFor, reportConfig } from '../config';
import { FORMATS, reporterFor, type FileOutcome, type Format } from '../check/formats';
import { notChecked } from '../check/formats/reporter';
import { importNotes, summaryLine } from '../check/output';
import type { SourceFormat } from '../../import';
import { NO_PROGRESS, terminalProgress } from '../check/progress';
import { inlineRunner, workerRunner, type Runner } from '../check/runner';
import { checkSession } from '../check/session';

/** Below this many files, starting worker threads (~50 ms each) costs more than it saves. */
const FILES_PER_WORKER = 16;

export const command = defineCommand({
  name: 'check',
  summary: msg('检查年度报告草稿，列出每一处问题', 'check report drafts and list every problem'),
  usage: 'check [options] PATH...',
  description: msg(
    [
      '按 2021 年度报告格式和全部检查规则检查报告草稿。PATH 可以是文件或目录；目录会递归查找 *.govreport.md',
      '以及文件名同时含“政府信息公开”和“年度报告”的 Markdown 文件（跳过 node_modules 和隐藏目录）。',
      'PATH 为 - 时从标准输入读取。',
      '',
      '跨年度检查使用上年度报告：取自前置元数据 previous（相对于报告文件的路径），',
      '或命令行上同一机关、上一年度的另一份报告。',
      '',
      '文本格式每个问题一行：路径:行:列 级别 规则 说明（行、列从 1 开始），汇总写到标准错误。',
      'JSON 格式：{"files":[{"path","diagnostics":[{"rule","severity","message","range"}]}]}，range 为从 0 开始的 LSP 位置。',
      'sarif：SARIF 2.1.0（GitHub 代码扫描可读）；junit：JUnit XML，每份报告一个 testsuite、每条规则一个 testcase；',
      'html：一个独立的审核网页（汇总表，然后是各报告的问题及所在的原文行）。',
      '--summary 只输出按规则、按机关统计的问题数（含逾期公布、上年衔接中断的报告数）。',
      '标准错误连接终端时显示进度。',
    ].join('\n'),
    [
      'Checks report drafts against the 2021 annual report format and every rule. A PATH is a file or a',
      'directory; directories are searched recursively for *.govreport.md and Markdown files whose name',
      'contains both 政府信息公开 and 年度报告 (node_modules and hidden directories are skipped).',
      'A PATH of - reads standard input.',
      '',
      "The cross-year rules use last year's report: the front matter's previous (a path relative to the",
      'report file), or another report on the command line of the same agency and the year before.',
      '',
      'Text output is one line per problem: path:line:col severity rule message (1-based line and',
      'column); a summary goes to standard error. JSON output is',
      '{"files":[{"path","diagnostics":[{"rule","severity","message","range"}]}]} with 0-based LSP ranges.',
      'sarif: SARIF 2.1.0 (as GitHub code scanning reads it); junit: JUnit XML, a testsuite per report and',
      "a testcase per rule; html: one self-contained audit page (a summary table, then each report's findings",
      'with their source lines). --summary prints only the counts per rule and per body (with the reports',
      'published late and those whose carry-over chain is broken). Progress is shown when stderr is a terminal.',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 没有错误级别的问题；1 有错误；2 用法错误，或有文件无法读取或检查（其余文件照常检查和输出）。\n\n示例：\n  govreport check 孝义市2024年政府信息公开工作年度报告.md\n  govreport check --format json --rule cell-empty=warning reports/\n  govreport check --summary reports/\n  govreport check --format sarif reports/ > govreport.sarif',
    'Exit status: 0 no problem of severity error; 1 errors found; 2 bad usage, or a file could not be read or checked (the other files are still checked and printed).\n\nExamples:\n  govreport check 孝义市2024年政府信息公开工作年度报告.md\n  govreport check --format json --rule cell-empty=warning reports/\n  govreport check --summary reports/\n  govreport check --format sarif reports/ > govreport.sarif',
  ),
  options: {
    format: { kind: 'value', metavar: FORMATS.join('|'), choices: FORMATS, help: msg('输出格式（默认 text）', 'output format (default: text)') },
    summary: { kind: 'flag', help: msg('只输出按规则、按机关的问题数（text 或 json）', 'print only the counts per rule and per body (text or json)') },
    rule: {
      kind: 'value',
      metavar: 'ID=SEVERITY',
      multiple: true,
      help: msg('设置规则级别：off、hint、info、warning、error', 'set a rule’s severity: off, hint, info, warning, error'),
    },
    config: CONFIG_OPTION,
    jobs: { kind: 'value', metavar: 'N', help: msg('并行检查的线程数（默认为 CPU 数减 1）', 'threads checking in parallel (default: the number of CPUs minus 1)') },
  },

  async run({ options, positionals }, context) {
    if (positionals.length === 0) throw usageError(msg('check 需要至少一个文件或目录', 'check needs at least one file or directory'));
    const format: Format = options.format ?? 'text';
    if (options.summary && format !== 'text' && format !== 'json') {
      throw usageError(msg(`--summary 只能与 --format text 或 json 一起使用，实为 ${format}`, `--summary goes with --format text or json, not ${format}`));
    }
    const rules = parseRuleSettings(options.rule);
    const jobs = parseJobs(options.jobs);
    const { lang } = context;

    // A file that cannot be read or checked never stops the batch: it gets its own one-line
    // message on stderr, the others are checked and printed, and the exit status is 2.
    const found = await discover(positionals, context.cwd);
    if (found.files.length === 0) throw combine(found.failures.map(inputError));
    const configs = configsFor(found.files.map((f) => f.absolute), options.config, context.cwd).map((c) => reportConfig(c, rules));
    const docsDir = join(dirname(context.workerScript), '..', 'docs', 'rules');
    // The run's rule table (SARIF, JUnit): the one configuration all reports share, else the flags alone.
    const shared = new Set(configs.map((c) => JSON.stringify(c.rules))).size === 1 ? configs[0].rules : rules;
    const reporter = reporterFor(format, options.summary, { lang, rules: shared, docsDir, cwd: context.cwd, now: new Date() });
    const progress = context.stderrIsTerminal ? terminalProgress(context.err, lang) : NO_PROGRESS;

    const unreadable: string[] = [];
    const failed: string[] = [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    let checked = 0;
    const imported: { path: string; format: SourceFormat }[] = [];
    const emit = (outcome: FileOutcome, index: number) => {
      if (outcome.checked.imported) imported.push({ path: outcome.file.display, format: outcome.checked.imported });
      const reason = notChecked(outcome, lang);
      if (reason !== undefined) (outcome.checked.unreadable ? unreadable : failed).push(reason);
      else {
        for (const d of outcome.checked.diagnostics) counts[d.severity]++;
        checked++;
      }
      // Nothing reaches stdout until a file was checked: a run that checks nothing prints only its reasons.
      const text = (checked === 1 && reason === undefined ? reporter.start() : '') + reporter.file(outcome, index);
      if (text !== '') {
        progress.clear();
        context.out(text);
      }
    };

    const workers = Math.min(jobs, Math.floor(found.files.length / FILES_PER_WORKER));
    const runner: Runner = workers > 1 ? workerRunner(workers, context.workerScript) : inlineRunner();
    try {
      await checkSession({
        files: found.files,
        configs,
        lang,
        detail: reporter.detail,
        runner,
        cwd: context.cwd,
        stdin: context.stdin,
        emit: (index, result, previous) => emit({ file: found.files[index], checked: result, previous }, index),
        progress: (done, total) => progress.update(done, total),
      });
    } finally {
      progress.clear();
      await runner.close();
    }

    if (checked > 0) context.out(reporter.end(found.failures));
    const notCheckedReasons = [...found.failures.map((r) => r[lang]), ...unreadable, ...failed];
    context.err(notCheckedReasons.map((reason) => `govreport: ${reason}\n`).join(''));
    if (checked === 0) return EXIT.failure;
    if (format !== 'json') context.err(summaryLine(checked, counts, lang, notCheckedReasons.length));
    context.err(importNotes(imported, lang));
    if (notCheckedReasons.length > 0) return EXIT.failure;
    return counts.error > 0 ? EXIT.errors : EXIT.ok;
  },
});

/**
 * One CPU is left to the main thread and to V8's own helper threads (garbage collection,
 * optimising compiler), which already keep a second core busy: measured on two CPUs, one
 * thread checked 1,000 reports faster than two workers did.
 */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism() - 1);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(msg(`--jobs 需要一个正整数，实为“${value}”`, `--jobs takes a positive integer, got '${value}'`));
  return n;
}
