import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { completionsAt, type CompletionKind } from '../engine';
import { guard } from './guard';
import type { Session } from './session';

const ITEM_KIND: Record<CompletionKind, CompletionItemKind> = {
  'section-heading': CompletionItemKind.Module,
  'row-label': CompletionItemKind.EnumMember,
  table: CompletionItemKind.Snippet,
  'front-matter-key': CompletionItemKind.Property,
  'front-matter-value': CompletionItemKind.Value,
  'front-matter': CompletionItemKind.Snippet,
};

export function registerCompletion(session: Session): void {
  session.connection.onCompletion(
    guard(session.connection, 'completion', [], (params: CompletionParams): CompletionItem[] => {
      const index = session.stateOf(params.textDocument.uri)?.index;
      if (!index) return [];
      const snippets = session.supports((c) => c.textDocument?.completion?.completionItem?.snippetSupport);
      return completionsAt(index, index.model.source.offsetAt(params.position), session.lang)
        .filter((c) => snippets || !c.snippet)
        .map((c) => ({
          label: c.label,
          kind: ITEM_KIND[c.kind],
          detail: c.detail,
          documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
          textEdit: { range: c.edit.range, newText: c.edit.newText },
          insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          sortText: c.sortText,
          filterText: c.filterText,
        }));
    }),
  );
}
