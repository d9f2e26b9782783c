import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../engine';
import { guard } from './guard';
import type { Session } from './session';

export function registerHover(session: Session): void {
  session.connection.onHover(
    guard(session.connection, 'hover', null, (params: HoverParams): Hover | null => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      if (!index) return null;
      const found = hoverAt(index, index.model.source.offsetAt(params.position), session.lang);
      return found ? { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: found.range } : null;
    }),
  );
}
