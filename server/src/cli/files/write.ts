import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inputError } from '../errors';
import { systemReason } from './reasons';

/**
 * Writes a file so that readers see the old content or the new, never half of it: write a
 * temporary file beside it, then rename over it (atomic within one directory). An existing
 * file keeps its permissions.
 */
export async function writeAtomically(path: string, display: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const mode = await stat(path).then(
      (s) => s.mode,
      () => undefined,
    );
    await writeFile(temporary, content, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw inputError(systemReason(display, error));
  }
}
