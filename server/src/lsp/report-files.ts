import { basename } from 'node:path';
import { isReportFileName } from '../engine';

/** Whether a path names a report file, by its last segment (the engine's rule, shared with the CLI). */
export function isReportFile(path: string): boolean {
  return isReportFileName(basename(path));
}

/**
 * The same files as globs, for watching them: the server asks for their changes on disk, the
 * client forwards them (the manifest's workspaceContains lists them too, test/client/manifest.test.ts).
 */
export const REPORT_GLOBS = ['**/*.govreport.md', '**/*政府信息公开*年度报告*.md'] as const;
