import * as vscode from 'vscode';
import { l10n } from '../l10n';
import { IMPORTABLE } from './importReport';

/**
 * A Word document, web page or PDF dropped onto a report's editor is not pasted as its path:
 * the drop inserts nothing and the user is offered to import the file as a report of its own
 * (the same import as the command's: saved beside it, opened with its diagnostics).
 */
export class ImportDropProvider implements vscode.DocumentDropEditProvider {
  /** The last offer made, for tests: resolves once the user answered and the import ran. */
  lastOffer: Promise<vscode.TextEditor | undefined> | undefined;

  constructor(private readonly runImport: (source: vscode.Uri) => Promise<vscode.TextEditor | undefined>) {}

  async provideDocumentDropEdits(_document: vscode.TextDocument, _position: vscode.Position, dataTransfer: vscode.DataTransfer): Promise<vscode.DocumentDropEdit | undefined> {
    const list = await dataTransfer.get('text/uri-list')?.asString();
    const sources = (list ?? '')
      .split(/\r?\n/)
      .filter((line) => line !== '' && !line.startsWith('#'))
      .flatMap((line) => {
        try {
          return [vscode.Uri.parse(line.trim(), true)];
        } catch {
          return [];
        }
      })
      .filter((uri) => IMPORTABLE.test(uri.path));
    if (sources.length === 0) return undefined;
    this.lastOffer = this.offer(sources[0]);
    return new vscode.DocumentDropEdit('');
  }

  private async offer(source: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    const importIt = l10n.t('Import');
    const choice = await vscode.window.showInformationMessage(l10n.t('Import {0} as a new report?', name), importIt);
    return choice === importIt ? this.runImport(source) : undefined;
  }
}
