import { resolve } from 'node:path';
import { convertDocument, parseReport, UNREADABLE } from '../../engine';
import { defineCommand } from '../command';
import { EXIT, inputError, usageError } from '../errors';
import { count, msg, type Lang } from '../i18n';
import { STDIN_NAME, type InputFile } from '../files/discover';
import { readReport } from '../files/read';
import { writeAtomically } from '../files/write';
import { parseRuleSettings } from '../rule-settings';

const BOM = '\ufeff';

export const command = defineCommand({
  name: 'convert',
  summary: msg('把报告中的统计表改写为标准竖线表格', 'rewrite the statistics tables of a report as canonical pipe tables'),
  usage: 'convert [options] PATH',
  description: msg(
    [
      '输出整份报告，其中每一张识别出的统计表（表二、表三、表四，含粘贴或提取的表格）改写为标准竖线表格，',
      '其余内容原样保留。每个数字都按原文保留；读不出的数字标为“?”，绝不猜测。',
      '--fix 还会应用所有首选修复（如把空单元格填为 0、改正行名）。PATH 为 - 时从标准输入读取。',
    ].join('\n'),
    [
      'Prints the whole report with every recognised statistics table (tables 二, 三 and 四, pasted or',
      'extracted ones included) rewritten as a canonical pipe table; everything else is kept as it was.',
      'Every figure is kept as written; a figure that cannot be read is marked “?”, never guessed.',
      '--fix also applies every preferred fix (e.g. empty cells filled with 0, row labels corrected).',
      'A PATH of - reads standard input.',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；2 用法错误、输入无法读取或无法写入。\n\n示例：\n  govreport convert --fix -o 报告.govreport.md 孝义市2024年政府信息公开工作年度报告.md',
    'Exit status: 0 success; 2 bad usage, unreadable input or output not writable.\n\nExample:\n  govreport convert --fix -o report.govreport.md 孝义市2024年政府信息公开工作年度报告.md',
  ),
  options: {
    fix: { kind: 'flag', help: msg('同时应用所有首选修复', 'also apply every preferred fix') },
    output: {
      kind: 'value',
      short: 'o',
      metavar: 'FILE',
      help: msg('写入文件（原子写入，可以是输入文件本身）而不是标准输出', 'write to FILE (atomically; it may be the input itself) instead of standard output'),
    },
    rule: {
      kind: 'value',
      metavar: 'ID=SEVERITY',
      multiple: true,
      help: msg('与 --fix 一起用：off 的规则不做修复', 'with --fix: rules set to off are not fixed'),
    },
  },

  async run({ options, positionals }, context) {
    if (positionals.length !== 1) {
      throw usageError(msg(`convert 需要恰好一个文件，实为 ${positionals.length} 个`, `convert takes exactly one file, got ${positionals.length}`));
    }
    const rules = parseRuleSettings(options.rule);
    const [path] = positionals;
    const file: InputFile = path === '-' ? { display: STDIN_NAME } : { display: path, absolute: resolve(context.cwd, path) };
    const read = await readReport(file, context.stdin);
    if (!read.ok) throw inputError(read.reason);

    const result = convertDocument(read.text, { fix: options.fix, rules });
    const text = (read.bom ? BOM : '') + result.text;
    if (options.output === undefined) context.out(text);
    else await writeAtomically(resolve(context.cwd, options.output), options.output, text);

    const changed = result.text !== read.text;
    context.err(report({ tables: changed ? result.tables : 0, fixed: result.fixed, unreadable: unreadableCells(result.text) }, options.fix, context.lang));
    return EXIT.ok;
  },
});

/** Figures the converter could not read are written as「?」: count them so the user looks. */
function unreadableCells(text: string): number {
  let n = 0;
  for (const table of parseReport(text).tables.values()) {
    for (const row of table.rows) for (const cell of row.cells) if (cell.raw.trim() === UNREADABLE) n++;
  }
  return n;
}

function report(done: { tables: number; fixed: number; unreadable: number }, fix: boolean, lang: Lang): string {
  const zh = lang === 'zh';
  // Canonical tables are rewritten too (that is how a label gets its official wording); when
  // that changes nothing, saying "converted 3 tables" would mislead.
  if (done.tables === 0 && done.fixed === 0) return zh ? '无需改动：没有需要转换的统计表。\n' : 'Nothing to change: no table needs converting.\n';
  const did = [
    ...(done.tables > 0 ? [zh ? `已转换 ${done.tables} 处统计表` : `converted ${count(done.tables, msg('表', 'table'), 'en')}`] : []),
    ...(fix ? [zh ? `应用了 ${done.fixed} 个修复` : `applied ${count(done.fixed, { zh: '修复', en: 'fix', enPlural: 'fixes' }, 'en')}`] : []),
  ].join(zh ? '，' : ', ');
  let out = zh ? `${did}。\n` : `${did[0].toUpperCase()}${did.slice(1)}.\n`;
  const n = done.unreadable;
  if (n > 0) {
    out += zh
      ? `${n} 个数字读不出，已标为“?”，请对照原文填写。\n`
      : `${n === 1 ? 'One figure' : `${n} figures`} could not be read and ${n === 1 ? 'is' : 'are'} marked “?”; fill ${n === 1 ? 'it' : 'them'} in from the original.\n`;
  }
  return out;
}
