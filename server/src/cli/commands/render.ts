import { resolve } from 'node:path';
import { buildLayout, renderPage } from '../../engine';
import { defineCommand } from '../command';
import { EXIT } from '../errors';
import { msg } from '../i18n';
import { writeAtomically } from '../files/write';
import { mayPublish, prepareReport } from '../publish/prepare';
import { parseRuleSettings } from '../rule-settings';
import { CONFIG_OPTION } from '../config';

export const command = defineCommand({
  name: 'render',
  summary: msg('把报告输出为可打印的独立网页（HTML）', 'render a report as a standalone, print-ready web page (HTML)'),
  usage: 'render [options] PATH',
  description: msg(
    [
      '输出报告的发布形式：独立的 HTML 页面（样式内嵌、不引用任何外部资源、A4 打印版式），',
      '三张统计表按官方格式排版（合并表头），不论原文是标准表格还是粘贴的表格。',
      '屏幕上标出仍有问题的单元格（打印时不显示）；--plain 不标出。',
      '报告仍有错误时不输出，除非加 --force。PATH 为 - 时从标准输入读取。',
    ].join('\n'),
    [
      'Writes the report as it will be published: a standalone HTML page (embedded styles, no',
      'external resources, A4 print layout) with the three statistics tables in the official layout',
      '(merged headers), whether the draft wrote them as canonical or pasted tables. On screen, cells',
      'that still have problems are marked (never in print); --plain leaves the marks out.',
      'A report that still has errors is not rendered unless --force is given. A PATH of - reads standard input.',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；1 报告有错误（未加 --force）；2 用法错误、输入无法读取或无法写入。\n\n示例：\n  govreport render -o 报告.html 孝义市2024年政府信息公开工作年度报告.govreport.md',
    'Exit status: 0 success; 1 the report has errors (without --force); 2 bad usage, unreadable input or output not writable.\n\nExample:\n  govreport render -o report.html 孝义市2024年政府信息公开工作年度报告.govreport.md',
  ),
  options: {
    output: { kind: 'value', short: 'o', metavar: 'FILE', help: msg('写入文件而不是标准输出', 'write to FILE instead of standard output') },
    force: { kind: 'flag', help: msg('报告仍有错误时也输出', 'render even if the report still has errors') },
    plain: { kind: 'flag', help: msg('不标出问题（屏幕上也不显示）', 'leave the problem marks out (on screen too)') },
    rule: { kind: 'value', metavar: 'ID=SEVERITY', multiple: true, help: msg('设置规则级别（影响标记和错误判断）', 'set a rule’s severity (affects marks and the error check)') },
    config: CONFIG_OPTION,
  },

  async run({ options, positionals }, context) {
    const prepared = await prepareReport(positionals, { rules: parseRuleSettings(options.rule), config: options.config }, context, 'render');
    if (!mayPublish(prepared, options.force, context)) return EXIT.errors;
    const html = renderPage(buildLayout(prepared.model, prepared.diagnostics, { lang: context.lang }), { marks: !options.plain });
    if (options.output === undefined) context.out(html);
    else await writeAtomically(resolve(context.cwd, options.output), options.output, html);
    return EXIT.ok;
  },
});
