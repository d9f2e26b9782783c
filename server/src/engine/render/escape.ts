/**
 * Escaping for text and attribute values. Every piece of report text reaches HTML through
 * these: the draft is untrusted (it may be pasted from anywhere), so none of it may become markup.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for element content and for double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
