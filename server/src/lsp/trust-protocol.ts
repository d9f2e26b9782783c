/**
 * Workspace trust, as the VS Code client tells it. Pure declarations (no imports), shared by
 * the server and the client, so the names are written once.
 *
 * The client sends `initializationOptions.workspaceTrusted` (false in Restricted Mode) and,
 * when the user trusts the workspace later (`onDidGrantWorkspaceTrust`), this notification.
 * A client that says nothing is trusted: trust is VS Code's notion, other editors open what
 * the user opens.
 */
export const WORKSPACE_TRUST_NOTIFICATION = 'govreport/workspaceTrust';

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}
