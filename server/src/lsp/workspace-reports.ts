import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ReportModel } from '../engine';
import { analyzeParsed } from './document-state';
import { logFailure } from './guard';
import { readText } from './previous-reports';
import { isReportFile } from './report-files';
import type { DiagnosticsPublisher } from './diagnostics';
import type { Session } from './session';
import { fileUri, uriKey, uriPath } from './uri';

/** Folders that never hold a user's reports, and can be huge. */
const SKIPPED = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);
const MAX_REPORTS = 2000;
const MAX_ENTRIES = 200_000;

/**
 * The reports of the workspace folders, checked whether open or not, so the Problems view
 * lists every report. The scan reports progress; each report is parsed first (so that each
 * knows last year's, whatever the order of the files) and then checked. Open documents are
 * the editor's business: their diagnostics come from the editor's text, not the file.
 */
export class WorkspaceReports {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly session: Session,
    private readonly publisher: DiagnosticsPublisher,
  ) {}

  /** Whether the URI is a report file found on disk by the scan. */
  has(uri: string): boolean {
    return this.known.has(uriKey(uri));
  }

  /** Scans folders for reports, checks those not open; returns how many reports it found. */
  async scan(folders: readonly string[]): Promise<number> {
    const session = this.session;
    const progress = session.supports((c) => c.window?.workDoneProgress) ? await session.connection.window.createWorkDoneProgress() : undefined;
    const zh = session.lang === 'zh';
    progress?.begin(zh ? 'govreport：检查工作区中的报告' : 'govreport: checking the reports in the workspace', 0, undefined, false);
    try {
      const files: string[] = [];
      for (const folder of folders) await collect(folder, files);
      const parsed: { uri: string; model: ReportModel; parseMs: number }[] = [];
      for (const [i, path] of files.entries()) {
        const uri = fileUri(path);
        this.known.set(uriKey(uri), uri);
        progress?.report(Math.round((50 * i) / Math.max(1, files.length)), basename(path));
        const t0 = performance.now();
        try {
          const model = session.parse(uri, readText(path));
          session.previous.remember(uri, model);
          parsed.push({ uri, model, parseMs: performance.now() - t0 });
        } catch (error) {
          logFailure(session.connection, `reading ${path}`, error);
        }
        await yieldToRequests();
      }
      for (const [i, { uri, model, parseMs }] of parsed.entries()) {
        progress?.report(50 + Math.round((50 * i) / Math.max(1, parsed.length)), basename(uriPath(uri) ?? uri));
        if (!session.openDocument(uri)) this.publisher.publishClosed(uri, analyzeParsed(uri, undefined, model, parseMs, session.analysisContext(uri)));
        await yieldToRequests();
      }
      return parsed.length;
    } finally {
      progress?.done();
    }
  }

  /** Re-checks a report file that changed on disk (when it is not open). */
  refresh(uri: string): void {
    const path = uriPath(uri);
    if (!path || !isReportFile(path)) return;
    const canonical = this.known.get(uriKey(uri)) ?? uri;
    this.known.set(uriKey(uri), canonical);
    if (this.session.openDocument(uri)) return;
    let text: string;
    try {
      text = readText(path);
    } catch {
      this.remove(uri);
      return;
    }
    const model = this.session.parse(canonical, text);
    this.session.previous.remember(canonical, model);
    this.publisher.publishClosed(canonical, analyzeParsed(canonical, undefined, model, 0, this.session.analysisContext(canonical)));
  }

  /** A report file was deleted: its diagnostics go with it. */
  remove(uri: string): void {
    const canonical = this.known.get(uriKey(uri)) ?? uri;
    this.known.delete(uriKey(uri));
    this.session.previous.forget(canonical);
    if (!this.session.openDocument(uri)) this.publisher.clear(canonical);
  }

  /** Re-checks every known report that is not open (after a change of settings). */
  async recheckClosed(): Promise<void> {
    for (const uri of [...this.known.values()]) {
      if (!this.session.openDocument(uri)) this.refresh(uri);
      await yieldToRequests();
    }
  }
}

async function collect(dir: string, out: string[], budget = { entries: MAX_ENTRIES }): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (--budget.entries < 0 || out.length >= MAX_REPORTS) return;
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) await collect(path, out, budget);
    } else if (entry.isFile() && isReportFile(entry.name)) out.push(path);
  }
}

/** Lets queued requests (a hover, a keystroke) run between two reports. */
function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
