import { resolve } from 'node:path';
import { buildLayout, renderPage } from '../../engine';
import { docxBuffer } from '../../export/docx';
import { defineCommand } from '../command';
import { EXIT, usageError } from '../errors';
import { msg } from '../i18n';
import { writeAtomically } from '../files/write';
import { mayPublish, prepareReport } from '../publish/prepare';
import { parseRuleSettings } from '../rule-settings';
import { CONFIG_OPTION } from '../config';

export const command = defineCommand({
  name: 'export',
  summary: msg('把报告导出为 Word 文档（.docx）或网页', 'export a report as a Word document (.docx) or a web page'),
  usage: 'export [options] PATH --docx FILE.docx [--html FILE.html]',
  description: msg(
    [
      '导出报告的发布形式。--docx：按官方版式的 Word 文档（A4、公文字体，标题、各部分、正文、',
      '三张统计表含合并单元格、落款和日期）；--html：与 govreport render 相同的独立网页（不标出问题）。',
      '报告仍有错误时不导出，除非加 --force。PATH 为 - 时从标准输入读取。',
    ].join('\n'),
    [
      'Exports the report as it will be published. --docx: a Word document in the official layout (A4,',
      'official fonts; title, sections, prose, the three statistics tables with merged cells, signature',
      'and date). --html: the standalone page of govreport render, without problem marks.',
      'A report that still has errors is not exported unless --force is given. A PATH of - reads standard input.',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；1 报告有错误（未加 --force）；2 用法错误、输入无法读取或无法写入。\n\n示例：\n  govreport export 孝义市2024年政府信息公开工作年度报告.govreport.md --docx 报告.docx',
    'Exit status: 0 success; 1 the report has errors (without --force); 2 bad usage, unreadable input or output not writable.\n\nExample:\n  govreport export report.govreport.md --docx report.docx',
  ),
  options: {
    docx: { kind: 'value', metavar: 'FILE.docx', help: msg('写入 Word 文档', 'write a Word document to FILE.docx') },
    html: { kind: 'value', metavar: 'FILE.html', help: msg('写入独立网页', 'write a standalone web page to FILE.html') },
    force: { kind: 'flag', help: msg('报告仍有错误时也导出', 'export even if the report still has errors') },
    rule: { kind: 'value', metavar: 'ID=SEVERITY', multiple: true, help: msg('设置规则级别（影响错误判断）', 'set a rule’s severity (affects the error check)') },
    config: CONFIG_OPTION,
  },

  async run({ options, positionals }, context) {
    if (options.docx === undefined && options.html === undefined) {
      throw usageError(msg('export 需要 --docx FILE 或 --html FILE', 'export needs --docx FILE or --html FILE'));
    }
    const prepared = await prepareReport(positionals, { rules: parseRuleSettings(options.rule), config: options.config }, context, 'export');
    if (!mayPublish(prepared, options.force, context)) return EXIT.errors;
    const layout = buildLayout(prepared.model, prepared.diagnostics, { lang: context.lang });
    if (options.docx !== undefined) await writeAtomically(resolve(context.cwd, options.docx), options.docx, await docxBuffer(layout));
    if (options.html !== undefined) await writeAtomically(resolve(context.cwd, options.html), options.html, renderPage(layout, { marks: false }));
    return EXIT.ok;
  },
});
