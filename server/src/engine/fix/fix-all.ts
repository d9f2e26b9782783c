import { parseReport } from '../parse';
import { checkModel, type CheckOptions, type Diagnostic, type FixWithRanges } from '../check/run';
import type { ReportModel } from '../model';
import type { TextEdit } from '../text/edit';
import { applyEdits, EditSet } from './apply';

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
  const wanted = options.onlyRules;
  return preferredFixes(checkModel(model, options), (d) => !wanted || wanted.includes(d.rule)).map((fix) => fix.edits.map((e) => ({ span: e.span, newText: e.newText })));
}

/**
 * The preferred fix of each diagnostic `accept`s, in order, whole fixes only: a fix touching
 * text an earlier one changes is left out (first come first served). Linear in the number of
 * edits (EditSet), since a draft of blank tables has thousands.
 */
export function preferredFixes(diagnostics: Iterable<Diagnostic>, accept: (d: Diagnostic) => boolean): FixWithRanges[] {
  const chosen: FixWithRanges[] = [];
  const taken = new EditSet();
  for (const d of diagnostics) {
    if (!accept(d)) continue;
    const fix = d.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.some((e) => taken.collides(e))) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.add(e);
  }
  return chosen;
}
