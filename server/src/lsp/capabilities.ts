import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { COMPLETION_TRIGGERS, FIX_ALL_KIND, TABLE_LAYOUT_KIND } from '../engine';
import { SERVER_COMMANDS } from './commands';

/** What the server offers, in the initialize result. */
export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false },
    documentSymbolProvider: { label: 'govreport' },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, TABLE_LAYOUT_KIND], resolveProvider: false },
    executeCommandProvider: { commands: [...SERVER_COMMANDS] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
