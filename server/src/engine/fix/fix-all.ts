import { parseReport } from '../parse';
import { checkModel, type CheckOptions } from '../check/run';
import type { ReportModel } from '../model';
import type { TextEdit } from '../text/edit';
import { applyEdits, overlaps } from './apply';

export interface FixAllOptions extends CheckOptions {
  /** Only fixes of these rules (the editor's "fix all of one rule"). */
  readonly onlyRules?: readonly string[];
  /** Upper bound on passes; each pass re-checks the text the previous one produced. */
  readonly maxPasses?: number;
}

export interface FixAllResult {
  readonly text: string;
  readonly passes: number;
  /** Number of fixes applied, over all passes. */
  readonly fixed: number;
}

/**
 * Applies every preferred fix, re-checks, and repeats until nothing is left to fix: converting
 * a pasted table first, then filling the empty cells of the converted table, and so on. The
 * result is stable: fixing it again changes nothing.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  const max = options.maxPasses ?? 8;
  while (passes < max) {
    const model = parseReport(current);
    const edits = preferredEdits(model, options);
    if (edits.length === 0) break;
    passes++;
    const result = applyEdits(current, edits.flat());
    if (result.text === current) break;
    fixed += edits.length;
    current = result.text;
  }
  return { text: current, passes, fixed };
}

/** The preferred fixes of one check, whole fixes only, without overlaps (first come first served). */
export function preferredEdits(model: ReportModel, options: FixAllOptions = {}): TextEdit[][] {
  const chosen: TextEdit[][] = [];
  const flat: TextEdit[] = [];
  for (const d of checkModel(model, options)) {
    if (options.onlyRules && !options.onlyRules.includes(d.rule)) continue;
    const fix = d.fixes.find((f) => f.preferred);
    if (!fix) continue;
    const edits = fix.edits.map((e) => ({ span: e.span, newText: e.newText }));
    if (edits.some((e) => flat.some((f) => overlaps(e, f)))) continue;
    chosen.push(edits);
    flat.push(...edits);
  }
  return chosen;
}
