import { Analysis, buildLayout, cellEdit, renderBody, type Diagnostic, type ReportModel } from '../engine';
import type { EditCellParams, EditCellResult, PreviewResult } from './preview-protocol';

/**
 * The server side of `govreport/preview`: the HTML body of the report as it will be published,
 * made from the document's cached state (parsed and checked once per version, the very
 * diagnostics the editor shows), so the preview costs a layout and a render, nothing more.
 *
 * Registered in custom-requests.ts's DOCUMENT_REQUESTS with one line:
 *
 *     documentRequest<PreviewParams, PreviewResult | null>(PREVIEW_REQUEST, null, (state, params, session) => previewOf(state, params.lang ?? session.lang)),
 */

/** What the preview needs of a document's state (DocumentState has it). */
export interface AnalysedState {
  readonly version?: number;
  readonly model?: ReportModel;
  readonly diagnostics: readonly Diagnostic[];
}

export function previewOf(state: AnalysedState, lang: 'zh' | 'en' = 'zh'): PreviewResult | null {
  if (!state.model) return null;
  const layout = buildLayout(state.model, state.diagnostics, { lang });
  const lineMap = [...new Set(layout.blocks.map((b) => b.line))].sort((a, b) => a - b);
  // Diagnostics are sorted by position: the first of each severity is where the summary bar jumps.
  const first = { error: state.diagnostics.find((d) => d.severity === 'error')?.range, warning: state.diagnostics.find((d) => d.severity === 'warning')?.range };
  return { version: state.version ?? 0, html: renderBody(layout, { grid: true }), counts: layout.counts, lineMap, first };
}

/** The server side of `govreport/editCell`: the engine checks the input and computes the one-cell edit. */
export function editCellOf(state: AnalysedState, params: EditCellParams, lang: 'zh' | 'en'): EditCellResult | null {
  if (!state.model) return null;
  const version = state.version ?? 0;
  const result = cellEdit(state.model, Analysis.of(state.model), params.cell, params.input);
  if (!result.ok) return { ok: false, version, reason: result.reason[lang] };
  return { ok: true, version, text: result.text, edit: result.edit && { range: result.edit.range, newText: result.edit.newText } };
}
