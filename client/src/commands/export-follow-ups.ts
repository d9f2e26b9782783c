/**
 * What to offer once a file is exported, by where the window runs (pure, unit tested in
 * test/client/export-follow-ups.test.ts). In a local desktop window the file is on the user's
 * machine: open it with its application, or show it in the system's file manager. In a remote
 * window (SSH, WSL, containers) or in a browser (code-server, vscode.dev) the file is on
 * another machine: opening it "externally" would send the browser tab to a `vscode-remote://`
 * address, so offer what works there — reveal it in VS Code's Explorer, or download it.
 */
export type FollowUp = 'open' | 'revealInOS' | 'revealInExplorer' | 'download';

export interface WindowKind {
  /** `vscode.env.uiKind === UIKind.Web`. */
  readonly web: boolean;
  /** `vscode.env.remoteName` (undefined in a local window). */
  readonly remoteName: string | undefined;
  /** Whether the file lies in a workspace folder (the Explorer can only show those). */
  readonly inWorkspace: boolean;
}

export function exportFollowUps({ web, remoteName, inWorkspace }: WindowKind): FollowUp[] {
  if (!web && remoteName === undefined) return ['open', 'revealInOS'];
  return inWorkspace ? ['revealInExplorer', 'download'] : [];
}
