import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatTables } from '../engine';
import { toTextEdit } from './convert';
import { guard } from './guard';
import type { Session } from './session';

/** Formatting aligns the pipe tables and nothing else (see engine/language/formatting.ts). */
export function registerFormatting(session: Session): void {
  session.connection.onDocumentFormatting(
    guard(session.connection, 'formatting', [], (params: DocumentFormattingParams): TextEdit[] => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      return index ? formatTables(index).map(toTextEdit) : [];
    }),
  );
  session.connection.onDocumentRangeFormatting(
    guard(session.connection, 'rangeFormatting', [], (params: DocumentRangeFormattingParams): TextEdit[] => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      if (!index) return [];
      const src = index.model.source;
      return formatTables(index, { start: src.offsetAt(params.range.start), end: src.offsetAt(params.range.end) }).map(toTextEdit);
    }),
  );
}
