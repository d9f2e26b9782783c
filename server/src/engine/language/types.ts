import type { Range, Span } from '../text/source';

/**
 * Plain data the language features return. The engine knows nothing of LSP; these shapes are
 * close enough to LSP that the server's glue is a field-by-field copy.
 */

/** The language of user-facing text. Law is always quoted in Chinese, whatever this says. */
export type Lang = 'zh' | 'en';

/** A replacement of document text: offsets for the engine, a range for the editor. */
export interface TextReplacement {
  readonly span: Span;
  readonly range: Range;
  readonly newText: string;
}

/** Picks the text of one language. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/**
 * The start of what a completion replaces on a line: its first non-blank character, or the
 * cursor when the cursor is in the leading whitespace (column 0 of an indented line), so that
 * the range never starts after the cursor.
 */
export function wordStart(lineStart: number, indent: number, offset: number): number {
  return Math.min(lineStart + indent, offset);
}
