import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Bilingual } from '../engine';
import { parseConfigText, type ParsedConfig } from './file';
import { CONFIG_FILE_NAME } from './schema';

/** A configuration file as read: where it is, its text, what it sets and what is wrong in it. */
export interface LoadedConfig extends ParsedConfig {
  readonly path: string;
  readonly text: string;
  /** The file could not be read (its one problem says why). */
  readonly unreadable?: true;
}

/**
 * Configuration files, found from a report's folder upwards (the nearest one applies, as with
 * `.prettierrc` or `.editorconfig` with root: files are not merged) and read once each until
 * `clear()` says they may have changed. The CLI and the language server share this.
 */
export class ConfigFiles {
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /**
   * Folders the search may not leave (an untrusted workspace: nothing outside it is read);
   * undefined: up to the file system's root.
   */
  private boundary?: readonly string[];

  constructor(
    /** Hears of every file read, once per reading (the server publishes its problems). */
    private readonly onLoad?: (config: LoadedConfig) => void,
    /** Why a file could not be read, in words (the CLI names the file and the system's reason). */
    private readonly unreadable: (path: string, error: unknown) => Bilingual = errorCode,
  ) {}

  /** Keeps the search inside these folders (or lifts the limit); forgets what was found. */
  confine(folders: readonly string[] | undefined): void {
    this.boundary = folders?.map((f) => resolve(f));
    this.clear();
  }

  /** The configuration for a report in this folder, or undefined when there is none. */
  forDirectory(dir: string): LoadedConfig | undefined {
    const path = this.find(resolve(dir));
    return path === undefined ? undefined : this.load(path);
  }

  /** A configuration file named explicitly (the CLI's --config), read once. */
  load(path: string): LoadedConfig {
    const absolute = resolve(path);
    let config = this.loaded.get(absolute);
    if (!config) {
      config = readConfig(absolute, this.unreadable);
      this.loaded.set(absolute, config);
      this.onLoad?.(config);
    }
    return config;
  }

  /** Forgets every file found and read (one was created, changed or deleted). */
  clear(): void {
    this.nearest.clear();
    this.loaded.clear();
  }

  private find(dir: string): string | undefined {
    const seen: string[] = [];
    let found: string | null = null;
    for (let at = dir; ; at = dirname(at)) {
      const known = this.nearest.get(at);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (!this.allowed(at)) break;
      seen.push(at);
      const candidate = join(at, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(at) === at) break;
    }
    for (const d of seen) this.nearest.set(d, found);
    return found ?? undefined;
  }

  private allowed(dir: string): boolean {
    return this.boundary === undefined || this.boundary.some((folder) => isInside(dir, folder));
  }
}

/** Whether a path is the folder or inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readConfig(path: string, unreadable: (path: string, error: unknown) => Bilingual): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, text: '', values: {}, problems: [{ offset: 0, length: 0, message: unreadable(path, error) }], unreadable: true };
  }
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  return { path, text, ...parseConfigText(text) };
}

function errorCode(_path: string, error: unknown): Bilingual {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
  return { zh: `无法读取配置文件（${code}）`, en: `the configuration file cannot be read (${code})` };
}
