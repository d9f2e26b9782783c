import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseReport, type Bilingual, type ReportModel } from '../engine';
import { isReportFile } from './report-files';
import { fileUri, uriKey, uriPath } from './uri';

/** Check options for the cross-year rules: last year's report, or why it cannot be read. */
export interface PreviousReport {
  readonly previous?: ReportModel;
  readonly previousUnreadable?: Bilingual;
  /** Where last year's report is, when it was found (the audit links to it). */
  readonly previousUri?: string;
}

const MISSING = Symbol('missing');
/** Named by `previous:` but outside the workspace, in a workspace not trusted: not read. */
const OUTSIDE = Symbol('outside');

/** What the workspace knows of a report without keeping it: whose it is and for which year. */
export interface ReportFacts {
  readonly uri: string;
  readonly agency?: string;
  readonly year?: number;
}

/** A document's version (cheap to get) and its text (read only when the version is new). */
export interface VersionedText {
  readonly version: string;
  read(): string;
}

/** The editor's version of a document when it is open, else the file's. */
export type TextSource = (uri: string) => VersionedText | undefined;

/**
 * Last year's report, for the cross-year rules (carry-over, stock, copied text): the file the
 * front matter's `previous` names, else a report in the workspace of the same agency for the
 * year before. Parsed models are kept per version (open) or modification time (on disk), and
 * who depends on whom is remembered, so that editing last year's report re-checks this year's.
 */
export class PreviousReports {
  private readonly facts = new Map<string, ReportFacts>();
  private readonly models = new Map<string, { version: string; model: ReportModel }>();
  /** previous report key → keys of the reports that use it. */
  private readonly dependents = new Map<string, Set<string>>();
  /** Folder and year → the folder's modification time when its reports of that year were last looked for. */
  private readonly looked = new Map<string, number>();

  constructor(
    private readonly textOf: TextSource,
    /** Whether a file the front matter names may be read (Restricted Mode: only inside the workspace). */
    private readonly mayRead: (path: string) => boolean = () => true,
  ) {}

  /** Records (or updates) what a report says about itself. */
  remember(uri: string, model: ReportModel): void {
    this.facts.set(uriKey(uri), { uri, agency: model.meta.agency?.value, year: model.meta.year?.value });
  }

  forget(uri: string): void {
    this.facts.delete(uriKey(uri));
    this.models.delete(uriKey(uri));
  }

  /**
   * The reports to check again when this one changes: those that use it as last year's, and
   * those of the same agency for the year after, which would use it but may have been checked
   * before it was known (the editor tells of a new file some time after it is written).
   */
  dependentsOf(uri: string): string[] {
    const keys = new Set(this.dependents.get(uriKey(uri)));
    const self = this.facts.get(uriKey(uri));
    if (self?.agency && self.year !== undefined) {
      for (const [key, f] of this.facts) if (f.agency === self.agency && f.year === self.year + 1) keys.add(key);
    }
    return [...keys].map((key) => this.facts.get(key)?.uri ?? key);
  }

  /** Last year's report (check options `previous`), or why the one the front matter names cannot be read. */
  previousFor(uri: string, model: ReportModel): PreviousReport {
    const target = this.resolve(uri, model);
    for (const set of this.dependents.values()) set.delete(uriKey(uri));
    if (target === MISSING) return { previousUnreadable: { zh: `${model.meta.previous?.value}：文件不存在`, en: `${model.meta.previous?.value}: no such file` } };
    if (target === OUTSIDE) {
      return {
        previousUnreadable: {
          zh: `${model.meta.previous?.value}：在工作区文件夹之外，受限模式下不读取（信任此工作区后即可使用）`,
          en: `${model.meta.previous?.value}: outside the workspace folders, not read in Restricted Mode (trust the workspace to use it)`,
        },
      };
    }
    if (!target || uriKey(target) === uriKey(uri)) return {};
    const key = uriKey(target);
    let set = this.dependents.get(key);
    if (!set) this.dependents.set(key, (set = new Set()));
    set.add(uriKey(uri));
    const previous = this.modelOf(target);
    return previous ? { previous, previousUri: target } : { previousUnreadable: { zh: `${model.meta.previous?.value ?? target}：无法读取`, en: `${model.meta.previous?.value ?? target}: cannot be read` } };
  }

  /**
   * Last year's report of a document and where it is (the comparison view links back to it), or
   * undefined when none is known or it cannot be read. Records no dependency: nothing is re-checked.
   */
  lastYearOf(uri: string, model: ReportModel): { uri: string; model: ReportModel } | undefined {
    const target = this.resolve(uri, model);
    if (!target || target === MISSING || target === OUTSIDE || uriKey(target) === uriKey(uri)) return undefined;
    const previous = this.modelOf(target);
    return previous ? { uri: target, model: previous } : undefined;
  }

  /** The report at a URI — the editor's version when open, else the file's — parsed once per version. */
  reportAt(uri: string): ReportModel | undefined {
    return this.modelOf(uri);
  }

  /**
   * The front matter's `previous` wins; a name that leads nowhere is MISSING, one outside the
   * workspace of an untrusted workspace OUTSIDE (both reported, and no other report is used, so
   * as not to compare the wrong year). Otherwise a report of the same agency and the year before:
   * one the workspace knows, else one beside this report that it does not know yet (a file
   * outside the workspace, or one the editor has not told of yet, or never will, when its file
   * watcher fails) — in Restricted Mode only beside a report inside the workspace.
   */
  private resolve(uri: string, model: ReportModel): string | typeof MISSING | typeof OUTSIDE | undefined {
    const named = model.meta.previous?.value;
    const path = uriPath(uri);
    if (named && path) {
      const file = resolve(dirname(path), named);
      // Asked before the file is even looked at: in Restricted Mode nothing outside is touched.
      if (!this.mayRead(file)) return OUTSIDE;
      return existsSync(file) ? fileUri(file) : MISSING;
    }
    const agency = model.meta.agency?.value;
    const year = model.meta.year?.value;
    if (!agency || year === undefined) return undefined;
    const known = () => [...this.facts.values()].find((f) => f.agency === agency && f.year === year - 1 && uriKey(f.uri) !== uriKey(uri))?.uri;
    const found = known();
    if (found || !path) return found;
    this.learnBeside(dirname(path), year - 1);
    return known();
  }

  /**
   * Learns the reports of a folder not known yet whose names carry the year (as report names
   * do: 孝义市2023年政府信息公开工作年度报告.md), so the look stays cheap however large the folder;
   * done again only when the folder changes (a file added, removed or renamed).
   */
  private learnBeside(dir: string, year: number): void {
    if (!this.mayRead(dir)) return;
    let names: string[];
    let changed: number;
    try {
      changed = statSync(dir).mtimeMs;
      if (this.looked.get(`${dir}\0${year}`) === changed) return;
      names = readdirSync(dir);
    } catch {
      return;
    }
    this.looked.set(`${dir}\0${year}`, changed);
    for (const name of names) {
      const uri = fileUri(join(dir, name));
      if (!name.includes(String(year)) || !isReportFile(name) || this.facts.has(uriKey(uri)) || !this.mayRead(join(dir, name))) continue;
      try {
        const model = this.modelOf(uri);
        if (model) this.remember(uri, model);
      } catch {
        // Unreadable (permissions, removed meanwhile): not last year's report, then.
      }
    }
  }

  private modelOf(uri: string): ReportModel | undefined {
    const key = uriKey(uri);
    const source = this.textOf(uri);
    if (!source) return undefined;
    const cached = this.models.get(key);
    if (cached && cached.version === source.version) return cached.model;
    const model = parseReport(source.read());
    this.models.set(key, { version: source.version, model });
    return model;
  }
}

/** A file on disk as a versioned text (version: modification time and size); undefined when it does not exist. */
export function fileText(path: string): VersionedText | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    return { version: `${stat.mtimeMs}:${stat.size}`, read: () => readText(path) };
  } catch {
    return undefined;
  }
}

/** A file's text without a byte-order mark (editors drop it too, so offsets agree). */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
