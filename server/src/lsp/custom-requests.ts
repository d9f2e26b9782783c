import type { DocumentState } from './document-state';
import { exportOf } from './export';
import { guard } from './guard';
import { registerImportDocument } from './import';
import { registerDocumentRequests } from './document-requests';
import { editCellOf, previewOf } from './preview';
import {
  EDIT_CELL_REQUEST,
  EXPORT_REQUEST,
  PREVIEW_REQUEST,
  type EditCellParams,
  type EditCellResult,
  type ExportParams,
  type ExportResult,
  type PreviewParams,
  type PreviewResult,
} from './preview-protocol';
import type { Session } from './session';
import { comparisonOf, registerNextYearDraft } from './yearly';
import { COMPARE_WITH_LAST_YEAR, type CompareParams, type CompareResult } from './yearly-protocol';

/**
 * Custom requests (`govreport/…`). A request about one document gets that document's state
 * (parsed and checked once per version, shared with every other feature) through
 * {@link documentRequest}, so adding one is a single line below.
 */
const DOCUMENT_REQUESTS: ((session: Session) => void)[] = [
  // The preview pane and the export commands (preview.ts, export.ts).
  documentRequest<PreviewParams, PreviewResult | null>(PREVIEW_REQUEST, null, (state, params, session) => previewOf(state, params.lang ?? session.lang)),
  documentRequest<ExportParams, ExportResult | null>(EXPORT_REQUEST, null, (state, params, session) => exportOf(state, params.format, session.lang)),
  // The year-to-year commands (yearly.ts).
  documentRequest<CompareParams, CompareResult | null>(COMPARE_WITH_LAST_YEAR, null, (state, params, session) => comparisonOf(state, params, session)),
  registerNextYearDraft,
  // The preview's grid: one figure written in place (preview.ts).
  documentRequest<EditCellParams, EditCellResult | null>(EDIT_CELL_REQUEST, null, (state, params, session) => editCellOf(state, params, session.lang)),
  // Import Report (Word, Web Page, PDF)… (import.ts).
  registerImportDocument,
];

export function registerCustomRequests(session: Session): void {
  for (const register of DOCUMENT_REQUESTS) register(session);
  // The VS Code client's whole-document commands (template, conversion): see document-requests.ts.
  registerDocumentRequests(session.connection, session.documents);
}

/** Params of every document request: the document's URI (it must be open). */
export interface DocumentRequestParams {
  readonly uri: string;
}

/**
 * A request answered from an open document's current state; `fallback` when the document is
 * not open, the engine could not read it, or the handler fails.
 */
export function documentRequest<P extends DocumentRequestParams, R>(method: string, fallback: R, handle: (state: DocumentState, params: P, session: Session) => R | Promise<R>): (session: Session) => void {
  return (session) => {
    session.connection.onRequest(
      method,
      guard(session.connection, method, fallback, (params: P) => {
        const state = session.stateOf(params.uri);
        return state?.model ? handle(state, params, session) : fallback;
      }),
    );
  };
}
