import { MarkupKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { inlayHints } from '../engine';
import { guard } from './guard';
import type { Session } from './session';

/** The computed sum beside each total cell (「= 70 ✓」). Off with `govreport.enable`. */
export function registerInlayHints(session: Session): void {
  session.connection.languages.inlayHint.on(
    guard(session.connection, 'inlayHint', [], (params: InlayHintParams): InlayHint[] => {
      if (!session.settings.enable) return [];
      const index = session.stateOf(params.textDocument.uri)?.index;
      if (!index) return [];
      const src = index.model.source;
      const within = { start: src.offsetAt(params.range.start), end: src.offsetAt(params.range.end) };
      return inlayHints(index, session.lang, within).map((h) => ({
        position: h.position,
        label: h.label,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: h.tooltip },
      }));
    }),
  );
}
