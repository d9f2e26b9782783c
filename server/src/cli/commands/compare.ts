import { resolve } from 'node:path';
import { compareReports, comparisonText, DEFAULT_LARGE_CHANGE, parseReport, withAgencyDefaults, renderComparisonPage, type ReportModel } from '../../engine';
import { defineCommand } from '../command';
import { combine, EXIT, inputError, usageError } from '../errors';
import { msg } from '../i18n';
import { STDIN_NAME } from '../files/discover';
import { readReport } from '../files/read';
import { writeAtomically } from '../files/write';
import { parseRuleSettings } from '../rule-settings';
import { CONFIG_OPTION, configsFor, reportConfig } from '../config';

export const command = defineCommand({
  name: 'compare',
  summary: msg('对比同一机关两个年度的报告', "compare a body's reports of two years"),
  usage: 'compare [options] LAST THIS',
  description: msg(
    [
      '把本年度的报告 THIS 与上一年度的报告 LAST 逐项对比：表二至表四的每个数字并列，给出增减和增减幅度，',
      '突出变化较大的数字（--threshold、--min-change）；跨年度检查（上年结转、现行有效件数、沿用上年文字）',
      '的结果列在相关数字或段落旁；各部分正文逐段对比，有改动的给出逐词差异（[-删去-]{+新增+}）。',
      '文本格式只列有变化或有问题的数字（--all 列出全部）；json 与 html 格式包含全部数字。',
      'html 为独立网页（样式内嵌、无脚本、严格的内容安全策略）。LAST 或 THIS 为 - 时从标准输入读取。',
    ].join('\n'),
    [
      "Compares THIS, this year's report, with LAST, last year's: every figure of tables 二–四 side by",
      'side with its change and percentage, large changes marked (--threshold, --min-change); the',
      "results of the cross-year rules (carry-over, figures in force, text copied from last year's)",
      "beside the figure or paragraph they concern; each section's prose paragraph by paragraph, with",
      'a word-level diff of what changed ([-removed-]{+added+}). Text output lists the figures that',
      'changed or have findings (--all lists every one); json and html hold every figure. html is a',
      'standalone page (embedded styles, no script, a strict content security policy).',
      'LAST or THIS may be - for standard input.',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；2 用法错误或输入无法读取。\n\n示例：\n  govreport compare 孝义市2023年政府信息公开工作年度报告.md 孝义市2024年政府信息公开工作年度报告.md\n  govreport compare --format html -o 对比.html 2023.md 2024.md',
    'Exit status: 0 success; 2 bad usage or unreadable input.\n\nExamples:\n  govreport compare 孝义市2023年政府信息公开工作年度报告.md 孝义市2024年政府信息公开工作年度报告.md\n  govreport compare --format html -o comparison.html 2023.md 2024.md',
  ),
  options: {
    format: { kind: 'value', metavar: 'text|json|html', choices: ['text', 'json', 'html'], help: msg('输出格式（默认 text）', 'output format (default: text)') },
    output: { kind: 'value', short: 'o', metavar: 'FILE', help: msg('写入文件而不是标准输出', 'write to FILE instead of standard output') },
    all: { kind: 'flag', help: msg('文本格式也列出未变化的数字', 'text output: list unchanged figures too') },
    threshold: {
      kind: 'value',
      metavar: 'PERCENT',
      help: msg(`变化达到上年数字的这一百分比时为较大变化（默认 ${DEFAULT_LARGE_CHANGE.percent}）`, `a change of at least this percentage of last year's figure is large (default ${DEFAULT_LARGE_CHANGE.percent})`),
    },
    'min-change': {
      kind: 'value',
      metavar: 'N',
      help: msg(`小于此数的变化不算较大变化（默认 ${DEFAULT_LARGE_CHANGE.minimum}）`, `changes smaller than N are never large (default ${DEFAULT_LARGE_CHANGE.minimum})`),
    },
    rule: { kind: 'value', metavar: 'ID=SEVERITY', multiple: true, help: msg('设置跨年度规则的级别', 'set a cross-year rule’s severity') },
    config: CONFIG_OPTION,
  },

  async run({ options, positionals }, context) {
    if (positionals.length !== 2) {
      throw usageError(msg(`compare 需要恰好两个文件（上年的和本年的报告），实为 ${positionals.length} 个`, `compare takes exactly two files (last year's report and this year's), got ${positionals.length}`));
    }
    if (positionals[0] === '-' && positionals[1] === '-') throw usageError(msg('只有一个文件可以从标准输入读取', 'only one of the files can be standard input'));
    // This year's report decides the configuration (its folder's, or --config); flags win over it.
    const thisYear = positionals[1] === '-' ? undefined : resolve(context.cwd, positionals[1]);
    const [config] = configsFor([thisYear], options.config, context.cwd);
    const compare = config?.values.compare;
    const percent = number(options.threshold, 'threshold', compare?.largeChangePercent ?? DEFAULT_LARGE_CHANGE.percent);
    const minimum = number(options['min-change'], 'min-change', compare?.largeChangeMinimum ?? DEFAULT_LARGE_CHANGE.minimum);
    const { rules, agency } = reportConfig(config, parseRuleSettings(options.rule));
    const reads = await Promise.all(positionals.map((p) => readReport(p === '-' ? { display: STDIN_NAME } : { display: p, absolute: resolve(context.cwd, p) }, context.stdin)));
    const failures = reads.flatMap((r) => (r.ok ? [] : [inputError(r.reason)]));
    if (failures.length > 0) throw combine(failures);
    const [last, current] = reads.map((r) => withAgencyDefaults(parseReport(r.ok ? r.text : ''), agency));
    yearsNote(last, current, positionals, context);

    const comparison = compareReports(last, current, { largeChange: { percent, minimum }, rules });
    const output =
      options.format === 'json'
        ? JSON.stringify(comparison, null, 2) + '\n'
        : options.format === 'html'
          ? renderComparisonPage(comparison, context.lang)
          : comparisonText(comparison, context.lang, { all: options.all });
    if (options.output === undefined) context.out(output);
    else await writeAtomically(resolve(context.cwd, options.output), options.output, output);
    return EXIT.ok;
  },
});

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw usageError(msg(`--${name} 需要一个不小于 0 的数，实为“${value}”`, `--${name} takes a number of at least 0, got '${value}'`));
  return n;
}

/** Two reports that are not of consecutive years (or are in the wrong order) are compared, with a note. */
function yearsNote(last: ReportModel, current: ReportModel, names: readonly string[], context: { lang: 'zh' | 'en'; err(text: string): void }): void {
  const [a, b] = [last.meta.year?.value, current.meta.year?.value];
  if (a === undefined || b === undefined || b === a + 1) return;
  context.err(
    context.lang === 'zh'
      ? `govreport：注意：${names[0]} 是 ${a} 年度的报告，${names[1]} 是 ${b} 年度的，不是相邻的两年（先写上年的，再写本年的）。\n`
      : `govreport: note: ${names[0]} is the ${a} report and ${names[1]} the ${b} report: not consecutive years (give last year's first, then this year's).\n`,
  );
}
