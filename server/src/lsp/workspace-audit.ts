import { basename, relative, sep } from 'node:path';
import {
  AuditTally,
  CHAIN_WORDS,
  PUBLICATION_WORDS,
  RULES_BY_ID,
  auditCsv,
  auditPage,
  describeChain,
  describePublication,
  type AuditFacts,
  type AuditReport,
  type Lang,
} from '../engine';
import type { DocumentState } from './document-state';
import { guard } from './guard';
import { AUDIT_CHANGED, AUDIT_EXPORT, AUDIT_REQUEST, type AuditEntry, type AuditExportParams, type AuditExportResult, type AuditParams, type AuditResult } from './audit-protocol';
import type { Session } from './session';
import { uriKey, uriPath } from './uri';

/** Coalesces a burst of checks (a scan, typing) into one notification. */
const NOTIFY_DELAY_MS = 250;

/**
 * The audit of every report in the workspace, fed by what the server checks anyway: each time a
 * report's diagnostics are published (the scan, a file changed on disk, an open report edited),
 * its facts are kept here — a few numbers and labels per report, never the model. The client's
 * tree view and dashboard ask for the list and are told when it changes.
 */
export class WorkspaceAudit {
  private readonly entries = new Map<string, { uri: string; facts: AuditFacts; previousUri?: string }>();
  private timer?: NodeJS.Timeout;
  private scans = 0;

  constructor(private readonly session: Session) {}

  /** A report was checked: keep what it tells the audit, if it belongs to the workspace. */
  update(uri: string, state: DocumentState, inWorkspace: boolean): void {
    const facts = state.facts;
    if (!facts || !inWorkspace) return this.remove(uri);
    this.entries.set(uriKey(uri), { uri, facts, previousUri: state.lastYear.previousUri });
    this.changed();
  }

  remove(uri: string): void {
    if (this.entries.delete(uriKey(uri))) this.changed();
  }

  /** Around a workspace scan: the views say that reports are still being read. */
  async scanning<T>(work: () => Promise<T>): Promise<T> {
    this.scans++;
    this.changed();
    try {
      return await work();
    } finally {
      this.scans--;
      this.changed();
    }
  }

  snapshot(lang: Lang): AuditResult {
    const tally = new AuditTally();
    const reports = [...this.entries.values()].map(({ uri, facts, previousUri }) => {
      tally.add(facts);
      return auditEntry(uri, this.pathOf(uri), facts, lang, previousUri ? { uri: previousUri, path: this.pathOf(previousUri) } : undefined);
    });
    reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      checking: this.session.settings.enable,
      scanning: this.scans > 0,
      reports: this.session.settings.enable ? reports : [],
      rules: tally.rules().map((t) => ({ id: t.rule, description: RULES_BY_ID.get(t.rule)?.description[lang] ?? t.rule })),
    };
  }

  exportAs({ format, uris, lang: asked }: AuditExportParams): AuditExportResult {
    const lang = asked ?? this.session.lang;
    const chosen = uris ? uris.flatMap((u) => this.entries.get(uriKey(u)) ?? []) : [...this.entries.values()];
    const reports: AuditReport[] = chosen.map(({ uri, facts, previousUri }) => ({ path: this.pathOf(uri), facts, previous: previousUri && this.pathOf(previousUri) }));
    if (format === 'csv') return { text: auditCsv(reports, lang) };
    const tally = new AuditTally();
    for (const r of reports) tally.add(r.facts);
    return { text: auditPage(reports, tally, { lang, generated: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' }) };
  }

  /** Relative to the workspace folder holding it; with several folders, under the folder's name. */
  private pathOf(uri: string): string {
    const path = uriPath(uri);
    if (!path) return uri;
    const folders = this.session.workspaceFolders;
    const folder = folders.find((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep));
    if (!folder) return path;
    const inside = relative(folder, path).split(sep).join('/');
    return folders.length > 1 ? `${basename(folder)}/${inside}` : inside;
  }

  private changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.session.connection.sendNotification(AUDIT_CHANGED);
    }, NOTIFY_DELAY_MS);
  }

  /** Whether a path lies in one of the workspace folders. */
  contains(uri: string): boolean {
    const path = uriPath(uri);
    return path !== undefined && this.session.workspaceFolders.some((f) => path.startsWith(f.endsWith(sep) ? f : f + sep));
  }

  register(): void {
    const connection = this.session.connection;
    connection.onRequest(AUDIT_REQUEST, guard(connection, AUDIT_REQUEST, null, (params: AuditParams | undefined) => this.snapshot(params?.lang ?? this.session.lang)));
    connection.onRequest(AUDIT_EXPORT, guard(connection, AUDIT_EXPORT, null, (params: AuditExportParams) => this.exportAs(params)));
  }
}

/** One report as the views receive it: its facts, with the words and lines in the views' language. */
export function auditEntry(uri: string, path: string, facts: AuditFacts, lang: Lang, previous?: { readonly uri: string; readonly path: string }): AuditEntry {
  const { publication, chain } = facts;
  return {
    uri,
    path,
    agency: facts.agency,
    year: facts.year,
    counts: facts.counts,
    rules: facts.rules,
    publication: { status: publication.status, word: PUBLICATION_WORDS[publication.status][lang], label: describePublication(publication, lang), range: facts.publishedRange },
    chain: { status: chain.status, word: CHAIN_WORDS[chain.status][lang], label: describeChain(chain, lang, previous?.path), previousUri: chain.status === 'missing' ? undefined : previous?.uri },
  };
}
