import { buildLayout, renderPage } from '../engine';
import { docxBuffer } from '../export/docx';
import type { AnalysedState } from './preview';
import type { ExportResult } from './preview-protocol';

/**
 * The server side of `govreport/export`: the standalone HTML page or the Word document of an
 * open report, from the same cached state as the preview. The server never refuses: the client
 * asks the user to confirm when `counts.errors` > 0.
 *
 * Registered in custom-requests.ts's DOCUMENT_REQUESTS with one line:
 *
 *     documentRequest<ExportParams, ExportResult | null>(EXPORT_REQUEST, null, (state, params, session) => exportOf(state, params.format, session.lang)),
 */
export async function exportOf(state: AnalysedState, format: 'html' | 'docx', lang: 'zh' | 'en' = 'zh'): Promise<ExportResult | null> {
  if (!state.model) return null;
  const layout = buildLayout(state.model, state.diagnostics, { lang });
  const base = { version: state.version ?? 0, counts: layout.counts };
  if (format === 'html') return { ...base, data: renderPage(layout, { marks: false }), encoding: 'utf8' };
  return { ...base, data: (await docxBuffer(layout)).toString('base64'), encoding: 'base64' };
}
