import * as vscode from 'vscode';
import type { AuditEntry, AuditResult } from '../../../server/src/lsp/audit-protocol';
import { DIAGNOSTIC_SOURCE } from '../status/counts';
import type { AuditSource } from './source';
import { l10n } from '../l10n';

/** The view's id (package.json contributes it to its own view container). */
export const REPORTS_VIEW = 'govreport.reports';

export type AuditNode =
  | { readonly kind: 'year'; readonly year?: number; readonly reports: readonly AuditEntry[] }
  | { readonly kind: 'report'; readonly entry: AuditEntry }
  | { readonly kind: 'publication'; readonly entry: AuditEntry }
  | { readonly kind: 'chain'; readonly entry: AuditEntry }
  | { readonly kind: 'problem'; readonly entry: AuditEntry; readonly diagnostic: vscode.Diagnostic };

const SEVERITY_ICONS: Record<number, [string, string]> = {
  [vscode.DiagnosticSeverity.Error]: ['error', 'problemsErrorIcon.foreground'],
  [vscode.DiagnosticSeverity.Warning]: ['warning', 'problemsWarningIcon.foreground'],
  [vscode.DiagnosticSeverity.Information]: ['info', 'problemsInfoIcon.foreground'],
  [vscode.DiagnosticSeverity.Hint]: ['lightbulb', 'problemsInfoIcon.foreground'],
};
const icon = ([id, color]: [string, string]) => new vscode.ThemeIcon(id, new vscode.ThemeColor(color));

/**
 * "Annual Reports": every report of the workspace by year (latest first) and body, with its
 * errors and warnings, its publication against the 第四十九条 deadline and its carry-over chain
 * to last year's report. Under a report: the publication, the chain, then its problems; a click
 * opens the report, the publication date, last year's report or the problem. The data is the
 * language server's workspace audit; the problems are the diagnostics it published.
 */
export class ReportsTree implements vscode.TreeDataProvider<AuditNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AuditNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private audit?: AuditResult;

  constructor(private readonly source: AuditSource) {
    this.disposables.push(
      source.onDidChange((audit) => {
        this.audit = audit;
        this.emitter.fire(undefined);
      }),
      // A report's problems are its published diagnostics: follow them as they change.
      vscode.languages.onDidChangeDiagnostics(() => this.audit && this.emitter.fire(undefined)),
    );
  }

  /** What the view shows above its items: checking paused, or the scan still running. */
  message(): string | undefined {
    if (this.audit && !this.audit.checking) return l10n.t('Checking is paused: the reports are not listed until it is resumed.');
    if (this.audit?.scanning) return l10n.t('Reading the reports of the workspace…');
    return undefined;
  }

  async getChildren(node?: AuditNode): Promise<AuditNode[]> {
    if (!node) {
      const audit = (this.audit = await this.source.get());
      return byYear(audit.reports);
    }
    switch (node.kind) {
      case 'year':
        return node.reports.map((entry) => ({ kind: 'report', entry }));
      case 'report': {
        const problems = problemsOf(node.entry).map((diagnostic): AuditNode => ({ kind: 'problem', entry: node.entry, diagnostic }));
        return [{ kind: 'publication', entry: node.entry }, { kind: 'chain', entry: node.entry }, ...problems];
      }
      default:
        return [];
    }
  }

  getTreeItem(node: AuditNode): vscode.TreeItem {
    switch (node.kind) {
      case 'year': {
        const errors = node.reports.reduce((n, r) => n + r.counts.error, 0);
        const warnings = node.reports.reduce((n, r) => n + r.counts.warning, 0);
        const item = new vscode.TreeItem(node.year === undefined ? l10n.t('Year unknown') : String(node.year), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `year:${node.year ?? '?'}`;
        item.description = `${l10n.t('{0} reports', node.reports.length)} · ${counts(errors, warnings)}`;
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'year';
        return item;
      }
      case 'report':
        return reportItem(node.entry);
      case 'publication': {
        const { publication } = node.entry;
        const item = new vscode.TreeItem(publication.label, vscode.TreeItemCollapsibleState.None);
        item.id = `publication:${node.entry.uri}`;
        const bad = publication.status === 'late' || publication.status === 'early';
        item.iconPath = new vscode.ThemeIcon(bad ? 'clock' : publication.status === 'on-time' ? 'pass' : 'calendar', new vscode.ThemeColor(bad ? 'problemsErrorIcon.foreground' : publication.status === 'on-time' ? 'testing.iconPassed' : 'problemsWarningIcon.foreground'));
        item.command = open(node.entry.uri, publication.range);
        return item;
      }
      case 'chain': {
        const { chain } = node.entry;
        const item = new vscode.TreeItem(chain.label, vscode.TreeItemCollapsibleState.None);
        item.id = `chain:${node.entry.uri}`;
        item.iconPath =
          chain.status === 'linked'
            ? new vscode.ThemeIcon('link', new vscode.ThemeColor('testing.iconPassed'))
            : new vscode.ThemeIcon(chain.status === 'broken' ? 'debug-disconnect' : 'question', new vscode.ThemeColor(chain.status === 'broken' ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'));
        item.command = open(chain.previousUri ?? node.entry.uri);
        return item;
      }
      case 'problem': {
        const d = node.diagnostic;
        const item = new vscode.TreeItem(d.message.split('\n')[0], vscode.TreeItemCollapsibleState.None);
        item.description = `${ruleOf(d)} [${d.range.start.line + 1}, ${d.range.start.character + 1}]`;
        item.tooltip = d.message;
        item.iconPath = icon(SEVERITY_ICONS[d.severity]);
        item.command = open(node.entry.uri, d.range);
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function reportItem(entry: AuditEntry): vscode.TreeItem {
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  const item = new vscode.TreeItem(entry.agency ?? name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `report:${entry.uri}`;
  item.description = `${counts(entry.counts.error, entry.counts.warning)} · ${entry.publication.word} · ${l10n.t('carry-over {0}', entry.chain.word)}`;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendText(`${entry.path}\n\n${entry.publication.label}\n\n${entry.chain.label}`);
  item.tooltip = tooltip;
  item.iconPath = icon(SEVERITY_ICONS[entry.counts.error > 0 ? vscode.DiagnosticSeverity.Error : entry.counts.warning > 0 ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information]);
  if (entry.counts.error === 0 && entry.counts.warning === 0) item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  item.command = open(entry.uri);
  item.contextValue = 'report';
  return item;
}

/** Latest year first, the reports of a year by body; reports without a year last. */
function byYear(reports: readonly AuditEntry[]): AuditNode[] {
  const years = new Map<number | undefined, AuditEntry[]>();
  for (const r of reports) years.set(r.year, [...(years.get(r.year) ?? []), r]);
  return [...years]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a))
    .map(([year, list]) => ({ kind: 'year', year, reports: list.sort((a, b) => (a.agency ?? a.path).localeCompare(b.agency ?? b.path, 'zh-CN') || a.path.localeCompare(b.path)) }));
}

function problemsOf(entry: AuditEntry): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(vscode.Uri.parse(entry.uri))
    .filter((d) => d.source === DIAGNOSTIC_SOURCE)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');
}

function counts(errors: number, warnings: number): string {
  const e = l10n.plural(errors, '{0} error', '{0} errors');
  const w = l10n.plural(warnings, '{0} warning', '{0} warnings');
  return l10n.t('{0}, {1}', e, w);
}

function open(uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Command {
  const selection = range && new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return { title: l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(uri), selection ? { selection } : {}] };
}
