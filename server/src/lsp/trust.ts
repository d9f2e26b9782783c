import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside } from '../config/load';

/**
 * What the server may read in an untrusted workspace (VS Code's Restricted Mode): only files
 * inside the workspace folders. Reading last year's report is harmless in itself, but a
 * report from an untrusted source must not make the editor open whatever path it names
 * (`previous: /home/me/secret.md`, `../../..`), nor pick up configuration from above the
 * workspace. Trusted, everything the report names is read, as on the command line.
 */
export class WorkspaceTrust {
  trusted = true;

  constructor(private readonly folders: () => readonly string[]) {}

  /**
   * Whether a file may be read. Untrusted: the path must lie inside a workspace folder, first as
   * written (so nothing outside is even looked at) and then with symbolic links resolved (a link
   * inside the workspace to a file outside is outside).
   */
  mayRead(path: string): boolean {
    if (this.trusted) return true;
    const folders = this.folders();
    if (!folders.some((folder) => isInside(path, folder))) return false;
    const real = realOrSelf(path);
    return folders.some((folder) => isInside(real, realOrSelf(folder)));
  }

  /** The folders a search for configuration files may not leave; undefined when trusted. */
  get boundary(): readonly string[] | undefined {
    return this.trusted ? undefined : this.folders();
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
