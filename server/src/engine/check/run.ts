import type { Bilingual } from '../format/schema';
import type { ReportModel } from '../model';
import type { Range, Span } from '../text/source';
import type { Finding, Fix, Rule, RuleContext, Severity, SeveritySetting } from '../rules/types';
import { RULES } from '../rules';
import { Analysis } from '../analysis/analysis';
import { Suppressions } from './suppress';

/** A finding as the outside world sees it: rule id, severity, ranges (LSP positions). */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly span: Span;
  readonly range: Range;
  readonly fixes: readonly FixWithRanges[];
  readonly data?: Finding['data'];
}

export interface FixWithRanges extends Fix {
  readonly edits: readonly { readonly span: Span; readonly range: Range; readonly newText: string }[];
}

export interface CheckOptions {
  /** Per-rule severity overrides (setting govreport.rules, CLI --rule id=severity). */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Last year's report of the same agency, for the cross-year rules. */
  readonly previous?: ReportModel;
  /** Why the report the front matter names as last year's could not be read (rule previous-unreadable). */
  readonly previousUnreadable?: Bilingual;
  /** Rules to run instead of the registry (tests). */
  readonly only?: readonly Rule[];
}

/**
 * Runs every rule over a parsed report. A rule that throws on some input is skipped (the
 * others still report) and the failure is reported as a diagnostic, so one bug never
 * silences the checker or crashes the server.
 */
export function checkModel(model: ReportModel, options: CheckOptions = {}): Diagnostic[] {
  const analysis = Analysis.of(model);
  const context: RuleContext = { model, analysis, previous: options.previous, previousUnreadable: options.previousUnreadable };
  // Most reports have no suppression comment: then no index of them, and no line lookup per finding.
  const suppressions = model.directives.length > 0 ? new Suppressions(model) : undefined;
  const seenSubjects = new Set<string>();
  const out: Diagnostic[] = [];
  for (const rule of options.only ?? RULES) {
    const configured = options.rules?.[rule.id];
    if (configured === 'off') continue;
    let findings: readonly Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      findings = [internalError(rule, error)];
    }
    for (const f of findings) {
      if (f.subject !== undefined) {
        if (seenSubjects.has(f.subject)) continue;
        seenSubjects.add(f.subject);
      }
      if (suppressions?.suppressed(rule.id, model.source.lineAt(f.span.start))) continue;
      out.push(toDiagnostic(model, rule.id, configured ?? f.severity ?? rule.defaultSeverity, f));
    }
  }
  for (const notice of model.notices) {
    out.push(toDiagnostic(model, 'parse', 'error', { span: notice.span, message: notice.message }));
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/**
 * A fix shared by several findings (cell-empty's "fill the whole table", offered on each of its
 * cells) gets its ranges once: per finding, that was quadratic in the number of blank cells.
 */
const RANGED = new WeakMap<Fix, FixWithRanges>();

function withRanges(source: ReportModel['source'], fix: Fix): FixWithRanges {
  let ranged = RANGED.get(fix);
  if (!ranged) {
    ranged = { ...fix, edits: fix.edits.map((e) => ({ span: e.span, range: source.rangeOf(e.span), newText: e.newText })) };
    RANGED.set(fix, ranged);
  }
  return ranged;
}

/** A diagnostic whose fixes are computed on first use (a code action, fix-all), then kept. */
class LazyDiagnostic implements Diagnostic {
  private computed?: readonly FixWithRanges[];

  constructor(
    readonly rule: string,
    readonly severity: Severity,
    readonly message: Bilingual,
    readonly span: Span,
    readonly range: Range,
    readonly data: Finding['data'],
    private readonly source: ReportModel['source'],
    private readonly finding: Finding,
  ) {}

  get fixes(): readonly FixWithRanges[] {
    if (!this.computed) {
      const f = this.finding.fixes;
      const list = typeof f === 'function' ? f() : (f ?? []);
      this.computed = list.map((fix) => withRanges(this.source, fix));
    }
    return this.computed;
  }

  toJSON(): object {
    return { rule: this.rule, severity: this.severity, message: this.message, span: this.span, range: this.range, data: this.data, fixes: this.fixes };
  }
}

function toDiagnostic(model: ReportModel, rule: string, severity: Severity, f: Finding): Diagnostic {
  return new LazyDiagnostic(rule, severity, f.message, f.span, model.source.rangeOf(f.span), f.data, model.source, f);
}

function internalError(rule: Rule, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    span: { start: 0, end: 0 },
    message: {
      zh: `检查规则 ${rule.id} 内部出错，已跳过（${detail}）。请报告此问题。`,
      en: `Rule ${rule.id} failed internally and was skipped (${detail}). Please report this.`,
    },
  };
}
