import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { COMMANDS } from './ids';

/**
 * Rule documentation, rendered and read-only, beside the report. The server links every
 * diagnostic to its page (docs/rules/<id>.md inside the extension) and asks the editor to show
 * that page (window/showDocument) for the "show documentation" code action; opened as files,
 * those pages appear as raw, editable Markdown replacing the report's tab. Here both routes go
 * through one command that opens VS Code's own Markdown preview of the page, locked, to the side.
 */

/** The command: `rule` is a rule id (as in a diagnostic's code). Returns whether a page was shown. */
export async function showRuleDocumentation(extensionUri: vscode.Uri, rule: unknown): Promise<boolean> {
  if (typeof rule !== 'string' || !/^[a-z0-9-]+$/.test(rule)) return false;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    return false;
  }
  try {
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
  } catch {
    // Markdown preview disabled: the page itself, still beside the report and never in its tab.
    await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
  }
  return true;
}

/** A `command:` link that runs COMMANDS.showRuleDocumentation for a rule (the Problems panel and hovers allow command links). */
export function ruleDocsLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.showRuleDocumentation}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** The rule id of a URI that points at a page of docs/rules inside the extension, if it does. */
function ruleOfPage(extensionUri: vscode.Uri, uri: vscode.Uri): string | undefined {
  const folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules').path + '/';
  if (uri.scheme !== 'file' || !uri.path.startsWith(folder)) return undefined;
  const match = /^([a-z0-9-]+)\.md$/.exec(uri.path.slice(folder.length));
  return match?.[1];
}

/** Language-client middleware that routes the server's links to rule pages through the command. */
export function ruleDocsMiddleware(extensionUri: vscode.Uri): Middleware {
  return {
    handleDiagnostics(uri, diagnostics, next) {
      for (const d of diagnostics) {
        const code = d.code;
        if (typeof code !== 'object' || code === null) continue;
        const rule = ruleOfPage(extensionUri, code.target);
        if (rule) d.code = { value: code.value, target: ruleDocsLink(rule) };
      }
      next(uri, diagnostics);
    },
    window: {
      async showDocument(params, token, next) {
        const rule = ruleOfPage(extensionUri, vscode.Uri.parse(params.uri));
        if (rule && (await showRuleDocumentation(extensionUri, rule))) return { success: true };
        return next(params, token);
      },
    },
  };
}
