import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { reportFileName } from '../../import/name';
import { defineCommand } from '../command';
import { EXIT, inputError, usageError } from '../errors';
import { msg, type Lang } from '../i18n';
import { STDIN_NAME, type InputFile } from '../files/discover';
import type { Imported } from '../files/import';
import { readReport } from '../files/read';
import { writeAtomically } from '../files/write';

export const command = defineCommand({
  name: 'import',
  summary: msg('把 Word 文档、网页或 PDF 导入为标准格式的报告', 'import a Word document, web page or PDF as a canonical report'),
  usage: 'import [options] FILE',
  description: msg(
    [
      '读取 Word 文档（.docx，Word 或 WPS 保存）、网页（.html/.htm，浏览器保存的网页或网页源代码）或 PDF，',
      '输出标准格式的报告：前置元数据（机关、类型、年度、公布日期，取自文档本身）、标题、六个部分的标题、',
      '正文段落，以及按官方格式改写的统计表（合并单元格按其显示的网格读取；读不出的数字标为“?”，绝不猜测）。',
      '网页中的导航、页脚、“发布日期/来源”等页面元素不会带入；PDF 的页码、页眉和跨页断开的表格会被还原。',
      '',
      '默认输出到标准输出。-o 为目录时，写入该目录下的“<机关><年度>年政府信息公开工作年度报告.govreport.md”；',
      '-o 为文件名时写入该文件。已有的文件不覆盖，除非加 --force。',
      'govreport check、render、export 也可以直接读取这些文件（先在内存中导入）。',
    ].join('\n'),
    [
      'Reads a Word document (.docx, saved by Word or WPS), a web page (.html/.htm, saved from the browser or',
      "a page's source) or a PDF and prints it as a canonical report: front matter (agency, kind, year,",
      'publication date, as the document states them), the title, the six section headings, the prose as',
      'paragraphs, and every statistics table in the official layout (merged cells read as the grid they',
      'show; a figure that cannot be read is marked “?”, never guessed). A page’s menus, footers and',
      '发布日期/来源 lines are left out; a PDF’s page numbers, running headers and tables cut by page breaks',
      'are undone.',
      '',
      'Prints to standard output by default. With -o DIR, writes DIR/<agency><year>年政府信息公开工作年度报告.govreport.md;',
      'with -o FILE, writes FILE. An existing file is not overwritten unless --force is given.',
      'govreport check, render and export read these files directly too (importing them in memory).',
    ].join('\n'),
  ),
  notes: msg(
    '退出状态：0 成功；2 用法错误、文件无法读取（加密或扫描的 PDF、损坏的压缩包、旧版 .doc、超过 20 MB 等）或无法写入。\n\n示例：\n  govreport import 年度报告.docx -o .\n  govreport import 报告.pdf > 报告.govreport.md',
    'Exit status: 0 success; 2 bad usage, a file that cannot be read (encrypted or scanned PDF, damaged zip, old .doc, over 20 MB, …) or output not writable.\n\nExamples:\n  govreport import report.docx -o .\n  govreport import report.pdf > report.govreport.md',
  ),
  options: {
    output: {
      kind: 'value',
      short: 'o',
      metavar: 'FILE|DIR',
      help: msg('写入文件，或写入目录下按机关和年度命名的文件', 'write to FILE, or to a file named by agency and year in DIR'),
    },
    force: { kind: 'flag', help: msg('覆盖已有的输出文件', 'overwrite an existing output file') },
  },

  async run({ options, positionals }, context) {
    if (positionals.length !== 1) {
      throw usageError(msg(`import 需要恰好一个文件，实为 ${positionals.length} 个`, `import takes exactly one file, got ${positionals.length}`));
    }
    const [path] = positionals;
    const file: InputFile = path === '-' ? { display: STDIN_NAME } : { display: path, absolute: resolve(context.cwd, path) };
    const read = await readReport(file, context.stdin);
    if (!read.ok) throw inputError(read.reason);
    if (!read.imported) {
      throw inputError(
        msg(
          `${file.display}：已是文本，无需导入；请直接用 govreport check 检查，或用 govreport convert 改写其中的表格`,
          `${file.display}: is text already, nothing to import; check it with 'govreport check', or rewrite its tables with 'govreport convert'`,
        ),
      );
    }
    if (options.output === undefined) {
      context.out(read.text);
      context.err(report(file.display, read.imported, undefined, context.lang));
      return EXIT.ok;
    }
    const target = await outputPath(options.output, context.cwd, read.imported, file.display);
    if (!options.force && (await exists(target.absolute))) {
      throw inputError(msg(`${target.display}：文件已存在；加 --force 覆盖`, `${target.display}: already exists; add --force to overwrite it`));
    }
    await writeAtomically(target.absolute, target.display, read.text);
    context.err(report(file.display, read.imported, target.display, context.lang));
    return EXIT.ok;
  },
});

/** -o DIR (an existing directory, or a path ending in a separator) gets the report's own name. */
async function outputPath(output: string, cwd: string, imported: Imported, source: string): Promise<{ absolute: string; display: string }> {
  const absolute = resolve(cwd, output);
  const isDirectory = /[\\/]$/.test(output) || (await stat(absolute).then((s) => s.isDirectory(), () => false));
  if (!isDirectory) return { absolute, display: output };
  const name = reportFileName(imported.agency, imported.year, source);
  return { absolute: join(absolute, name), display: join(output, name) };
}

async function exists(path: string): Promise<boolean> {
  return stat(dirname(path)).then(
    () => stat(path).then(() => true, () => false),
    () => false,
  );
}

function report(source: string, imported: Imported, written: string | undefined, lang: Lang): string {
  const n = imported.unreadable;
  if (lang === 'zh') {
    let out = `已导入 ${source}：${imported.tables} 张统计表${written ? `，写入 ${written}` : ''}。\n`;
    if (imported.tables === 0) out += '未找到统计表（表二、表三、表四）；请核对原文。\n';
    if (n > 0) out += `${n} 个数字读不出，已标为“?”，请对照原件填写。\n`;
    return out;
  }
  let out = `Imported ${source}: ${imported.tables === 1 ? 'one statistics table' : `${imported.tables} statistics tables`}${written ? `, written to ${written}` : ''}.\n`;
  if (imported.tables === 0) out += 'No statistics table (二, 三, 四) was found; compare with the original.\n';
  if (n > 0) out += `${n === 1 ? 'One figure' : `${n} figures`} could not be read and ${n === 1 ? 'is' : 'are'} marked “?”; fill ${n === 1 ? 'it' : 'them'} in from the original.\n`;
  return out;
}
