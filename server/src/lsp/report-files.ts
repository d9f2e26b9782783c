import { basename } from 'node:path';

/**
 * The same files as globs, for watching them: the server asks for their changes on disk, the
 * client forwards them (the manifest's workspaceContains lists them too, test/client/manifest.test.ts).
 */
export const REPORT_GLOBS = ['**/*.govreport.md', '**/*政府信息公开*年度报告*.md'] as const;

/** Report files: the canonical extension, or a Markdown name with 政府信息公开 and 年度报告 (source-format.md). */
export function isReportFile(name: string): boolean {
  const base = basename(name);
  if (base.endsWith('.govreport.md')) return true;
  return /\.(md|markdown)$/i.test(base) && base.includes('政府信息公开') && base.includes('年度报告');
}
