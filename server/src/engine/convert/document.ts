import { parseReport } from '../parse';
import { applyEdits } from '../fix/apply';
import { fixAll, type FixAllOptions } from '../fix/fix-all';
import { convertRegionEdit } from '../canonical/region';

export interface ConvertResult {
  readonly text: string;
  /** Number of table regions rewritten. */
  readonly tables: number;
  /** Fixes applied after conversion (with `fix`). */
  readonly fixed: number;
}

/**
 * Rewrites every recognised statutory table in canonical pipe form, keeping every figure
 * (unreadable ones marked「?」) and every other line of the document as it was.
 */
export function convertDocument(text: string, options: { fix?: boolean } & FixAllOptions = {}): ConvertResult {
  const model = parseReport(text);
  const edits = model.regions.filter((r) => r.tables.length > 0).map((r) => convertRegionEdit(model, r));
  const converted = applyEdits(model.source.text, edits).text;
  if (!options.fix) return { text: converted, tables: edits.length, fixed: 0 };
  const fixed = fixAll(converted, options);
  return { text: fixed.text, tables: edits.length, fixed: fixed.fixed };
}
