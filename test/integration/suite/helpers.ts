import * as vscode from 'vscode';
import type { GovreportApi } from '../../../client/src/extension';

/** Shared by the integration suites: the extension's API, the fixture workspace, and event-based waits. */

export const EXTENSION_ID = 'govreport.govreport';
/** The corpus report's copy in the fixture workspace, under the name that selects the language. */
export const CORPUS_NAME = '孝义市2024年政府信息公开工作年度报告.md';

export async function govreportApi(): Promise<GovreportApi> {
  const extension = vscode.extensions.getExtension<GovreportApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Writes a file into the fixture workspace (each test works on its own copy). */
export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function readWorkspaceFile(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The rule id of a diagnostic (`code` is the id, or `{ value: id, target: documentation }`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function countRules(diagnostics: readonly vscode.Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[ruleOf(d)] = (counts[ruleOf(d)] ?? 0) + 1;
  return counts;
}

/**
 * Resolves with the document's diagnostics as soon as `accept` holds for them — checked now
 * and at every diagnostics change of that document, never by polling or sleeping.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let subscription: vscode.Disposable | undefined;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      subscription?.dispose();
      if (error) reject(error);
      else resolve(vscode.languages.getDiagnostics(uri));
    };
    const timer = setTimeout(() => {
      const seen = JSON.stringify(countRules(vscode.languages.getDiagnostics(uri)));
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${seen}`));
    }, timeoutMs);
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === key) && accept(vscode.languages.getDiagnostics(uri))) finish();
    });
    if (accept(vscode.languages.getDiagnostics(uri))) finish();
  });
}

/**
 * Waits for the next change of the document's text (e.g. after a command applied an edit);
 * change events that carry no text change (the dirty state flipping) do not count.
 */
export function nextChange(document: vscode.TextDocument, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no change to ${document.uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && event.contentChanges.length > 0) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

/** Plain text of a hover's contents (markdown or plain strings). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Position of the first occurrence of `needle` in the document (at its `offset`-th character). */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

/** Resolves with the first tab `accept` takes, now or once one opens (by tab events, not polling). */
export function tabOpened(accept: (tab: vscode.Tab) => boolean, what: string, timeoutMs = 10_000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(accept);
  return new Promise((resolve, reject) => {
    const done = (tab: vscode.Tab) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    };
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${what} within ${timeoutMs} ms; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`));
    }, timeoutMs);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) done(tab);
    });
    const tab = find();
    if (tab) done(tab);
  });
}
