/** Small helpers for the Markdown of hovers and completion documentation. */

/**
 * Escapes the characters Markdown would read as markup. Report text (labels, law) is
 * mostly CJK, but a label like 「3.其他」 or an agency's 「*」 must show as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** Paragraphs joined by blank lines, empty ones dropped. */
export function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

/** A horizontal rule between the blocks of a hover that speaks of two things. */
export const RULE = '\n\n---\n\n';
