/**
 * The workspace audit: custom LSP messages behind the "Annual Reports" tree view and the audit
 * dashboard. Pure declarations (no imports), shared by the server (workspace-audit.ts) and the
 * VS Code client, so the method names and shapes are written once.
 */

/** `govreport/audit`: every report of the workspace, as the server's workspace scan checked it. */
export const AUDIT_REQUEST = 'govreport/audit';

/** `govreport/auditChanged` (server → client notification): the audit changed; ask again. */
export const AUDIT_CHANGED = 'govreport/auditChanged';

/** `govreport/auditExport`: the audit as CSV or as a self-contained HTML page. */
export const AUDIT_EXPORT = 'govreport/auditExport';

export interface AuditParams {
  /** Language of the labels; default the server's. */
  readonly lang?: 'zh' | 'en';
}

export interface AuditResult {
  /** False while checking is paused (govreport.enable): the reports are then not listed. */
  readonly checking: boolean;
  /** True while the workspace scan is still reading reports. */
  readonly scanning: boolean;
  /** In path order. */
  readonly reports: readonly AuditEntry[];
  /** The rules that have findings, most findings first, with their one-line description. */
  readonly rules: readonly { readonly id: string; readonly description: string }[];
}

export type PublicationStatus = 'not-published' | 'early' | 'on-time' | 'late' | 'no-deadline' | 'unknown';
export type ChainStatus = 'linked' | 'broken' | 'missing';

export interface AuditEntry {
  readonly uri: string;
  /** Relative to its workspace folder (prefixed with the folder's name when there are several). */
  readonly path: string;
  readonly agency?: string;
  readonly year?: number;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number; readonly hint: number };
  /** Findings per rule id. */
  readonly rules: Readonly<Record<string, number>>;
  readonly publication: {
    readonly status: PublicationStatus;
    /** One word (on time, late…) and one line (date, status, deadline), in the requested language. */
    readonly word: string;
    readonly label: string;
    /** Where the publication date is written (0-based), to reveal it. */
    readonly range?: Range;
  };
  readonly chain: {
    readonly status: ChainStatus;
    readonly word: string;
    readonly label: string;
    /** Last year's report, when it was found. */
    readonly previousUri?: string;
  };
}

export interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface AuditExportParams {
  readonly format: 'csv' | 'html';
  /** The reports to export, in this order (the dashboard's filter and sort); default all. */
  readonly uris?: readonly string[];
  readonly lang?: 'zh' | 'en';
}

export interface AuditExportResult {
  readonly text: string;
}
