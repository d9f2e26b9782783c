import type { Severity } from '../rules/types';
import type { Range } from '../text/source';
import type { AuditFacts } from './facts';

/** One report in an audit view or export: where it is, what it told the audit. */
export interface AuditReport {
  /** As shown: relative to the workspace or as given on the command line. */
  readonly path: string;
  readonly facts: AuditFacts;
  /** Last year's report, as shown, when the chain is linked or broken by its figures. */
  readonly previous?: string;
}

/** A finding as the audit page lists it: message in the page's language, and the source line it starts on. */
export interface PageFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** 0-based LSP positions. */
  readonly range: Range;
  /** The text of the line the finding starts on. */
  readonly line: string;
}
