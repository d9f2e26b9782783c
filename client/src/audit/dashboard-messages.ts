/**
 * Messages between the audit dashboard (extension host) and its webview script. Pure types,
 * imported by both sides.
 */
import type { AuditResult } from '../../../server/src/lsp/audit-protocol';

/** Extension → webview: the audit to show. Report text travels as data and is only ever set as text. */
export interface DashboardUpdate {
  readonly type: 'audit';
  readonly sequence: number;
  readonly audit: AuditResult;
}

/** Webview → extension. */
export type FromDashboard =
  | { readonly type: 'ready' }
  /** The update with this sequence is on screen: how many reports the filter shows, and the columns. */
  | { readonly type: 'rendered'; readonly sequence: number; readonly rows: number; readonly columns: readonly string[]; readonly sort: string }
  /** A report's row was chosen: open it. */
  | { readonly type: 'open'; readonly uri: string }
  /** Export the reports shown, in the order shown. */
  | { readonly type: 'export'; readonly format: 'csv' | 'html'; readonly uris: readonly string[] };

/** What the webview keeps across a reload (VS Code's webview state): the filter and the sort. */
export interface DashboardState {
  readonly text: string;
  readonly year: string;
  readonly problemsOnly: boolean;
  readonly sort: string;
  readonly descending: boolean;
}

/** The page's words, in the editor's language (set once, in the page). */
export interface DashboardLabels {
  readonly title: string;
  readonly filter: string;
  readonly allYears: string;
  readonly problemsOnly: string;
  readonly exportCsv: string;
  readonly exportHtml: string;
  readonly body: string;
  readonly year: string;
  readonly file: string;
  readonly errors: string;
  readonly warnings: string;
  readonly publication: string;
  readonly chain: string;
  /** “{0} of {1} reports”, and the form for a workspace of one report. */
  readonly shown: string;
  readonly shownOfOne: string;
  readonly none: string;
  readonly paused: string;
  readonly scanning: string;
  readonly loading: string;
  readonly unknownBody: string;
}
