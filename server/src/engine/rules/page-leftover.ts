import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'page-leftover',
  category: 'format',
  defaultSeverity: 'warning',
  description: {
    zh: '正文中残留 PDF 的页码（如“-5-”“— 5 —”“第 5 页”）或页眉。',
    en: 'A PDF page number (“-5-”, “— 5 —”, “第 5 页”) or running header is left in the text.',
  },
  rationale: {
    zh: '从 PDF 复制出的文字常夹带页码和每页重复的页眉，它们会原样进入发布的 Word 文件和网页，并把句子从中间截断。统计表中的页码属于表格的残留框架，转换表格时自动去掉，不在此报告。',
    en: 'Text copied out of a PDF carries its page numbers and the header repeated on every page; they end up in the published Word file and web page, cutting sentences in two. Page numbers inside a statistics table are part of its leftover frame, dropped when the table is converted, and not reported here.',
  },
  fix: { zh: '删除这一行。', en: 'Delete the line.' },
  example: { bad: '……将栏目不更\n-2-\n新、政策解读不通俗易懂……', good: '……将栏目不更\n新、政策解读不通俗易懂……' },
  check({ model }) {
    const src = model.source;
    return model.pageLeftovers.map((leftover): Finding => {
      const text = src.slice(leftover.span);
      const line = leftover.line;
      // The whole line with its line break (the one before it, on the last line).
      const span =
        line + 1 < src.lineCount
          ? { start: src.lineStarts[line], end: src.lineStarts[line + 1] }
          : { start: line > 0 ? src.lineEnd(line - 1) : 0, end: src.lineEnd(line) };
      return {
        span: leftover.span,
        message:
          leftover.kind === 'number'
            ? { zh: `PDF 页码“${text}”残留在正文中，会出现在发布的文件里`, en: `The PDF page number “${text}” is left in the text and would be published` }
            : { zh: `PDF 页眉“${text}”残留在正文中，会出现在发布的文件里`, en: `The PDF running header “${text}” is left in the text and would be published` },
        fixes: [{ title: { zh: '删除这一行', en: 'Delete the line' }, edits: [{ span, newText: '' }], preferred: true }],
      };
    });
  },
};
