import type { TextEdit } from '../text/edit';

/** Whether two edits touch the same text (two insertions at one point also collide). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * Applies non-overlapping edits to a text (offsets refer to the text as given). Edits that
 * would overlap an earlier one in the list are left out and returned, never half-applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  for (const e of edits) {
    if (e.span.start < 0 || e.span.end > text.length || e.span.start > e.span.end || applied.some((a) => overlaps(a, e))) skipped.push(e);
    else applied.push(e);
  }
  const sorted = [...applied].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return { text: out, applied, skipped };
}
