/**
 * Which file names are annual reports (source-format.md): the canonical extension, or a
 * Markdown name that says 政府信息公开 and 年度报告. One rule for the editor (the files the
 * server watches and pairs) and the command line (the files a folder check finds).
 */
export function isReportFileName(name: string): boolean {
  if (name.endsWith('.govreport.md')) return true;
  return /\.(md|markdown)$/i.test(name) && name.includes('政府信息公开') && name.includes('年度报告');
}

/**
 * The same files as globs, for watching them: the server asks for their changes on disk, the
 * client forwards them, and the manifest's workspaceContains lists them too
 * (test/client/manifest.test.ts). A glob cannot say "both words, in either order", so these
 * name the usual spelling (政府信息公开 before 年度报告, `.md`): every file they match is a report
 * by the rule above (test/engine/report-name.test.ts).
 */
export const REPORT_GLOBS = ['**/*.govreport.md', '**/*政府信息公开*年度报告*.md'] as const;
