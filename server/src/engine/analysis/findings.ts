import type { Bilingual } from '../format/schema';
import type { Span } from '../text/source';
import type { TextEdit } from '../text/edit';

export type { TextEdit };

/**
 * What the analysis and the rules produce: findings with fixes as data. Below the rules, so that
 * the shared analysis (arithmetic, cells, insertions) can build findings without importing a rule.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

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
