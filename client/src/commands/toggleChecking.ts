import * as vscode from 'vscode';
import { l10n } from '../l10n';

/**
 * "Toggle Checking": pauses or resumes the checks by writing the setting `govreport.enable`
 * (in the workspace's settings when a folder is open, else the user's), so the choice is
 * visible and reversible in the Settings editor, lasts across sessions for that workspace, and
 * the server needs nothing new: with `enable` off it publishes no diagnostics, lenses or hints.
 * Returns whether checking is on afterwards.
 */
export async function toggleCheckingCommand(): Promise<boolean> {
  const next = !isCheckingEnabled();
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('govreport').update('enable', next, target);
  void vscode.window.setStatusBarMessage(next ? l10n.t('govreport: checking resumed') : l10n.t('govreport: checking paused'), 3000);
  return next;
}

export function isCheckingEnabled(): boolean {
  return vscode.workspace.getConfiguration('govreport').get<boolean>('enable', true);
}
