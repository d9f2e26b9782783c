import * as vscode from 'vscode';
import { AUDIT_EXPORT, type AuditExportParams, type AuditExportResult } from '../../../server/src/lsp/audit-protocol';
import type { AuditServer } from './source';
import { l10n } from '../l10n';

/**
 * Saves the audit as CSV or as a self-contained page. The language server writes the file
 * (engine/audit: the same page and CSV the command line writes); this asks where to save it.
 */
export class AuditExporter {
  constructor(
    private readonly server: Pick<AuditServer, 'sendRequest'>,
    private readonly lang: 'zh' | 'en',
  ) {}

  /** Returns the file written, if any. `target` skips the save dialog (tests, other extensions). */
  async save(format: 'csv' | 'html', uris?: readonly string[], target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const result = await this.server.sendRequest<AuditExportResult | null>(AUDIT_EXPORT, { format, uris, lang: this.lang } satisfies AuditExportParams);
    if (!result) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${l10n.t('annual-report-audit')}.${format}`;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
        filters: format === 'csv' ? { [l10n.t('CSV table')]: ['csv'] } : { [l10n.t('Web page')]: ['html', 'htm'] },
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    if (!target) void vscode.window.showInformationMessage(l10n.t('Exported {0}', uri.fsPath));
    return uri;
  }
}
