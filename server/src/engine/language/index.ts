/**
 * Editor features as pure functions: a parsed report (and its diagnostics) in, plain data
 * with exact ranges out. The language server turns these into LSP messages; nothing here
 * knows of LSP, files or Node.
 */
export type { Lang, TextReplacement } from './types';
export { LanguageIndex, type CheckedClaim } from './language-index';
export { hoverAt, type HoverResult } from './hover';
export { completionsAt, COMPLETION_TRIGGERS, type CompletionEntry, type CompletionKind } from './completion';
export { documentSymbols, type SymbolEntry } from './symbols';
export { foldingRanges, type FoldingEntry } from './folding';
export { formatTables } from './formatting';
export { tableLayoutActions } from './table-layout';
export { inlayHints, type InlayHintEntry } from './inlay-hints';
export { codeLenses, PREVIEW_COMMAND, type CodeLensEntry } from './code-lens';
export {
  codeActions,
  fixAllCodeAction,
  wantsKind,
  FIX_ALL_KIND,
  TABLE_LAYOUT_KIND,
  SHOW_RULE_DOCUMENTATION_COMMAND,
  type CodeActionEntry,
  type CodeActionKind,
  type CodeActionRequest,
} from './code-actions';
export { lineEdits } from './text-diff';
export { FIX_ALL_SUMMARY_COMMAND, fixAllSummaryMessage, isFixAllSummary, type FixAllSummary } from './fix-all-summary';
export { findArticleReferences, type ArticleReference } from './article-refs';
export { citationTitle, quoteLines, type LawLocation } from './law';
export { tableExtents, type TableExtent } from './tables';
export { validFigure, type FigureInput } from '../text/figure-input';
export { cellEdit, fillValues, type CellAddress, type CellInput, type CellEditResult, type CellRefusal } from './cell-edit';
