import { basename } from 'node:path';
import { isReportFileName } from '../engine';

/** Whether a path names a report file, by its last segment (the engine's rule, shared with the CLI). */
export function isReportFile(path: string): boolean {
  return isReportFileName(basename(path));
}
