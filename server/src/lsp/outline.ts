import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import { documentSymbols, foldingRanges, type SymbolEntry } from '../engine';
import { guard } from './guard';
import type { Session } from './session';

/** Document symbols (sections and their tables) and folding ranges. */
export function registerOutline(session: Session): void {
  session.connection.onDocumentSymbol(
    guard(session.connection, 'documentSymbol', [], (params: DocumentSymbolParams): DocumentSymbol[] => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      return index ? documentSymbols(index, session.lang).map(toSymbol) : [];
    }),
  );
  session.connection.onFoldingRanges(
    guard(session.connection, 'foldingRange', [], (params: FoldingRangeParams): FoldingRange[] => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      if (!index) return [];
      return foldingRanges(index).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : f.kind === 'region' ? FoldingRangeKind.Region : undefined }));
    }),
  );
}

function toSymbol(s: SymbolEntry): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: s.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Struct,
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toSymbol),
  };
}
