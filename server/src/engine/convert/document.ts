import { parseReport } from '../parse';
import { applyEdits, spansAfterEdits } from '../fix/apply';
import type { Span } from '../text/source';
import { fixAll, type FixAllOptions } from '../fix/fix-all';
import { convertRegionEdit } from '../canonical/region';

export interface ConvertResult {
  readonly text: string;
  /** Number of table regions rewritten. */
  readonly tables: number;
  /** Fixes applied after conversion (with `fix`). */
  readonly fixed: number;
  /** Where the rewritten tables are in `text` (without `fix`, which moves text again). */
  readonly converted: readonly Span[];
}

/**
 * Rewrites every recognised statutory table in canonical pipe form, keeping every figure
 * (unreadable ones marked「?」) and every other line of the document as it was.
 */
export function convertDocument(text: string, options: { fix?: boolean } & FixAllOptions = {}): ConvertResult {
  const model = parseReport(text);
  const edits = model.regions.filter((r) => r.tables.length > 0).map((r) => convertRegionEdit(model, r));
  const result = applyEdits(model.source.text, edits);
  if (!options.fix) return { text: result.text, tables: edits.length, fixed: 0, converted: spansAfterEdits(result.applied) };
  const fixed = fixAll(result.text, options);
  return { text: fixed.text, tables: edits.length, fixed: fixed.fixed, converted: [] };
}
