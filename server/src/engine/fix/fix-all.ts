import { parseReport } from '../parse';
import { checkModel, type CheckOptions, type Diagnostic, type FixWithRanges } from '../check/run';
import type { ReportModel } from '../model';
import type { TextEdit } from '../text/edit';
import { applyEdits, EditSet } from './apply';
import { RULES } from '../rules';

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
  /** The same, by rule id (the rules in registry order, as the check reports them). */
  readonly fixedByRule: Readonly<Record<string, number>>;
}

/**
 * Applies every preferred fix, re-checks, and repeats until nothing is left to fix: converting
 * a pasted table first, then filling the empty cells of the converted table, and so on.
 *
 * The result is a fixed point: fixing it again changes nothing. Should two fixes ever undo each
 * other (a pass producing a text an earlier pass produced), the passes stop at the first text
 * met twice; from that text the same passes come back to it, so fixing it again returns it.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  const byRule = new Map<string, number>();
  const max = options.maxPasses ?? 8;
  const seen = new Set<string>([text]);
  while (passes < max) {
    const fixes = preferredOf(parseReport(current), options);
    if (fixes.length === 0) break;
    passes++;
    const result = applyEdits(current, fixes.flatMap(plainEdits));
    if (result.text === current) break;
    fixed += fixes.length;
    for (const f of fixes) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    current = result.text;
    if (seen.has(current)) break;
    seen.add(current);
  }
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = [...byRule.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return { text: current, passes, fixed, fixedByRule: Object.fromEntries(rules.map((r) => [r, byRule.get(r)!])) };
}

/** The preferred fixes of one check, whole fixes only, without overlaps (first come first served). */
export function preferredEdits(model: ReportModel, options: FixAllOptions = {}): TextEdit[][] {
  return preferredOf(model, options).map(plainEdits);
}

function preferredOf(model: ReportModel, options: FixAllOptions): ChosenFix[] {
  const wanted = options.onlyRules;
  return preferredFixes(checkModel(model, options), (d) => !wanted || wanted.includes(d.rule));
}

function plainEdits(fix: FixWithRanges): TextEdit[] {
  return fix.edits.map((e) => ({ span: e.span, newText: e.newText }));
}

/** A preferred fix, with the rule whose diagnostic it fixes. */
export type ChosenFix = FixWithRanges & { readonly rule: string };

/**
 * The preferred fix of each diagnostic `accept`s, in order, whole fixes only: a fix touching
 * text an earlier one changes is left out (first come first served). Linear in the number of
 * edits (EditSet), since a draft of blank tables has thousands.
 */
export function preferredFixes(diagnostics: Iterable<Diagnostic>, accept: (d: Diagnostic) => boolean): ChosenFix[] {
  const chosen: ChosenFix[] = [];
  const taken = new EditSet();
  for (const d of diagnostics) {
    if (!accept(d)) continue;
    const fix = d.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.some((e) => taken.collides(e))) continue;
    chosen.push({ ...fix, rule: d.rule });
    for (const e of fix.edits) taken.add(e);
  }
  return chosen;
}
