import type { Bilingual } from '../format/schema';
import type { ReportModel } from '../model';
import type { Span } from '../text/source';
import type { Analysis } from '../check/analysis';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A replacement of the text at `span` (offsets into the document the model was parsed from). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix as data: edits against the checked text, applied together. */
export interface Fix {
  readonly title: Bilingual;
  readonly edits: readonly TextEdit[];
  /** The one right answer: applied by fix-all and marked preferred in the editor. */
  readonly preferred?: boolean;
}

/** What a rule reports: a narrow span, a message in both languages, and fixes. */
export interface Finding {
  readonly span: Span;
  readonly message: Bilingual;
  /**
   * Fixes, or a function computing them: fixes that rewrite whole tables are only worked out
   * when asked for (a code action, fix-all), not on every keystroke.
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[]);
  /**
   * What the finding is about (e.g. a cell's offset). Two findings with the same subject are
   * one fault: only the first, from the more specific rule, is reported.
   */
  readonly subject?: string;
  /**
   * A severity for this finding other than the rule's default (publish-date: too early is an
   * error, too late a warning). A user's setting for the rule still wins.
   */
  readonly severity?: Severity;
  /** Extra facts for editor features (e.g. the computed sum for a hover). */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

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
  /** A short example that triggers the rule, for the documentation page. */
  readonly example?: { readonly bad: string; readonly good?: string };
  check(context: RuleContext): readonly Finding[];
}
