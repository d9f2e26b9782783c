/**
 * Which file names are annual reports (source-format.md): the canonical extension, or a
 * Markdown name that says 政府信息公开 and 年度报告. One rule for the editor (the files the
 * server watches and pairs) and the command line (the files a folder check finds).
 */
export function isReportFileName(name: string): boolean {
  if (name.endsWith('.govreport.md')) return true;
  return /\.(md|markdown)$/i.test(name) && name.includes('政府信息公开') && name.includes('年度报告');
}
