import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { nextYearDraft, parseReport, type ReviewItem } from '../../engine';
import { defineCommand } from '../command';
import { EXIT, inputError, usageError } from '../errors';
import { count, msg, type Lang } from '../i18n';
import { readReport } from '../files/read';
import { writeAtomically } from '../files/write';

const BOM = '\ufeff';

export const command = defineCommand({
  name: 'next',
  summary: msg('从上年的报告生成下一年度的报告草稿', "make next year's draft from last year's report"),
  usage: 'next [options] LAST',
  description: msg(
    [
      '以上一年度的报告 LAST 为底稿，生成下一年度的报告草稿：',
      '标题、统计期限和正文中称本年度报告的年份加 1（正文中其他年份不变）；前置元数据 previous 指向 LAST（相对路径），',
      '清除公布日期；统计表按格式重写，数字全部清空，只保留法定结转的数字：',
      '表三“二、上年结转”= 上年“四、结转下年度继续办理”（逐列），表二“现行有效件数”从上年的数字开始。',
      '正文保留；仍是上年原文的段落（规则 copied-text）列在标准错误上，发布前须逐段改写。',
    ].join('\n'),
    [
      "Makes next year's draft from LAST, last year's report: the year moves on by one in the title, the",
      "statistics period and the text's references to its own report (other years in the prose stay);",
      'the front matter gets previous: pointing at LAST (a relative path) and no publication date; the',
      'tables are rewritten in the format with every figure cleared except those the law carries over:',
      "table 三 二、上年结转 = last year's 四、结转下年度继续办理 (column by column), and table 二",
      "现行有效件数 starts from last year's. The prose is kept; the paragraphs that are still last",
      "year's text (rule copied-text) are listed on standard error, to be rewritten before publishing.",
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；2 用法错误、输入无法读取、看不出年度或输出文件已存在（未加 --force）。\n\n示例：\n  govreport next -o 孝义市2025年政府信息公开工作年度报告.md 孝义市2024年政府信息公开工作年度报告.md',
    'Exit status: 0 success; 2 bad usage, unreadable input, no year to go on from, or the output exists (without --force).\n\nExample:\n  govreport next -o 孝义市2025年政府信息公开工作年度报告.md 孝义市2024年政府信息公开工作年度报告.md',
  ),
  options: {
    output: { kind: 'value', short: 'o', metavar: 'FILE', help: msg('写入文件而不是标准输出', 'write to FILE instead of standard output') },
    force: { kind: 'flag', help: msg('覆盖已存在的输出文件', 'overwrite FILE if it exists') },
  },

  async run({ options, positionals }, context) {
    if (positionals.length !== 1) {
      throw usageError(msg(`next 需要恰好一个文件（上年的报告），实为 ${positionals.length} 个`, `next takes exactly one file (last year's report), got ${positionals.length}`));
    }
    const [last] = positionals;
    if (last === '-') throw usageError(msg('next 需要上年报告的文件路径（草稿的 previous 要指向它），不能从标准输入读取', "next needs last year's report as a file (the draft's previous: points at it), not standard input"));
    const lastPath = resolve(context.cwd, last);
    const outPath = options.output === undefined ? undefined : resolve(context.cwd, options.output);
    if (outPath === lastPath) throw usageError(msg('输出文件不能是上年的报告本身', "the output cannot be last year's report itself"));
    if (outPath && existsSync(outPath) && !options.force) {
      throw inputError(msg(`${options.output}：文件已存在；加 --force 覆盖`, `${options.output}: file exists; add --force to overwrite it`));
    }
    const read = await readReport({ display: last, absolute: lastPath }, context.stdin);
    if (!read.ok) throw inputError(read.reason);

    // previous: is read relative to the draft's own folder (or, printed, to where it will be saved: here).
    const previousPath = relative(outPath ? dirname(outPath) : context.cwd, lastPath).split(sep).join('/');
    const result = nextYearDraft(parseReport(read.text), { previousPath });
    if (!result.ok) throw inputError(msg(`${last}：${result.reason.zh}`, `${last}: ${result.reason.en}`));

    const text = (read.bom ? BOM : '') + result.text;
    if (outPath === undefined) context.out(text);
    else await writeAtomically(outPath, options.output!, text);
    context.err(report(result.year, result.carried, result.publishedCleared, result.review, options.output ?? '<stdout>', context.lang));
    return EXIT.ok;
  },
});

function report(year: number, carried: number, cleared: boolean, review: readonly ReviewItem[], display: string, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `已生成 ${year} 年度的草稿：结转了 ${carried} 个数字${cleared ? '，清除了公布日期' : ''}，其余数字待填写。`
      : `Drafted the ${year} report: ${count(carried, msg('数字', 'figure'), 'en')} carried over${cleared ? ', publication date cleared' : ''}, the other figures to fill in.`,
  ];
  if (review.length > 0) {
    lines.push(
      zh
        ? `${review.length} 段仍是上年的原文，发布前须按本年度情况改写：`
        : `${count(review.length, msg('段落', 'paragraph'), 'en')} still last year's text, to be rewritten for this year before publishing:`,
    );
    for (const r of review) lines.push(`${display}:${r.range.start.line + 1}:${r.range.start.character + 1} info copied-text ${r.message[lang]}`);
  }
  return lines.join('\n') + '\n';
}
