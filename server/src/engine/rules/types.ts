import type { Bilingual } from '../format/schema';
import type { ReportModel } from '../model';
import type { Analysis } from '../analysis/analysis';
import type { Finding, Severity } from '../analysis/findings';

export type { Severity, SeveritySetting, TextEdit, Fix, Finding } from '../analysis/findings';
export { SEVERITY_SETTINGS } from '../analysis/findings';

export type RuleCategory = 'arithmetic' | 'cells' | 'structure' | 'format' | 'consistency';

export interface RuleContext {
  readonly model: ReportModel;
  readonly analysis: Analysis;
  /** Last year's report of the same agency, when known (front matter `previous`, or the CLI). */
  readonly previous?: ReportModel;
  /** Why the report named by the front matter's `previous` could not be read (the host reads files, not the engine). */
  readonly previousUnreadable?: Bilingual;
}

export interface Rule {
  /** Stable id: the contract of settings, disable comments, CLI JSON and documentation. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** One line: what the rule checks. */
  readonly description: Bilingual;
  /** A paragraph for the documentation page: why it matters, what counts, legal basis. */
  readonly rationale: Bilingual;
  /** What the quick fix does, or undefined when the rule has none. */
  readonly fix?: Bilingual;
  /** Compares the report with last year's (needs `previous`): shown inline in the year-over-year comparison. */
  readonly crossYear?: boolean;
  /** A short example that triggers the rule, for the documentation page. */
  readonly example?: { readonly bad: string; readonly good?: string };
  check(context: RuleContext): readonly Finding[];
}
