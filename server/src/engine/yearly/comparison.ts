import type { Bilingual } from '../format/schema';
import type { Severity } from '../rules/types';
import type { Range } from '../text/source';
import type { DiffSegment } from './word-diff';

/**
 * The year-over-year comparison as plain data: what `govreport compare` prints as text, JSON or
 * HTML, what the editor's comparison view shows, and what an audit of many reports can reuse.
 * Every figure and paragraph carries its range in each year's source, so a view can lead back
 * to it. Nothing here is markup: report text stays text until a renderer escapes it.
 */

/** When a change of a figure counts as large (setting govreport.compare). */
export interface LargeChange {
  /** Relative to last year's figure, in percent. */
  readonly percent: number;
  /** Changes smaller than this (in the figure's unit) are never large: 1 → 2 is +100 % of nothing much. */
  readonly minimum: number;
}

export const DEFAULT_LARGE_CHANGE: LargeChange = { percent: 50, minimum: 10 };

/** A year's report as the comparison names it. */
export interface ComparedReport {
  readonly year?: number;
  readonly agency?: string;
  readonly title?: string;
}

/** A cross-year rule's finding, shown beside the figure or paragraph it is about. */
export interface ComparisonFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly range: Range;
}

/** One year's side of a figure: as written, its value when usable, and where it is. */
export interface FigureSide {
  readonly text: string;
  readonly value?: number;
  readonly range: Range;
}

export interface FigureComparison {
  readonly column: string;
  readonly columnLabel: string;
  /** Absent when that year's report has no such figure (row or table missing, other format). */
  readonly last?: FigureSide;
  readonly this?: FigureSide;
  /** this − last, when both are usable figures. */
  readonly change?: number;
  /** The change relative to last year's figure, in percent; absent when last year's is 0 or unusable. */
  readonly percent?: number;
  readonly large: boolean;
  readonly findings: readonly ComparisonFinding[];
}

export interface RowComparison {
  readonly id: string;
  readonly label: string;
  /** group: a heading row of table 三 ((三) 不予公开…), with no figures of its own. */
  readonly role: 'data' | 'group' | 'total';
  /** Where each year writes the row's label. */
  readonly lastRange?: Range;
  readonly thisRange?: Range;
  readonly figures: readonly FigureComparison[];
}

export interface TableComparison {
  readonly id: string;
  readonly name: Bilingual;
  readonly rows: readonly RowComparison[];
}

export type ParagraphStatus = 'same' | 'changed' | 'added' | 'removed';

export interface ParagraphComparison {
  readonly status: ParagraphStatus;
  readonly last?: { readonly text: string; readonly range: Range };
  readonly this?: { readonly text: string; readonly range: Range };
  /** Word-level diff, for a changed paragraph. */
  readonly diff?: readonly DiffSegment[];
  /** Similarity of the two versions (Dice over bigrams, 0–1), for same and changed paragraphs. */
  readonly similarity?: number;
  readonly findings: readonly ComparisonFinding[];
}

export type SectionStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'absent';

export interface SectionComparison {
  /** s1–s6, or `opening` for the text before the first section. */
  readonly id: string;
  readonly title: Bilingual;
  readonly status: SectionStatus;
  readonly paragraphs: readonly ParagraphComparison[];
}

export interface ComparisonSummary {
  readonly figures: number;
  readonly changed: number;
  readonly large: number;
  /** Findings of the cross-year rules (carry-over, stock, copied text). */
  readonly findings: number;
  readonly sectionsChanged: number;
  readonly paragraphsUnchanged: number;
}

export interface Comparison {
  readonly last: ComparedReport;
  readonly this: ComparedReport;
  readonly largeChange: LargeChange;
  readonly tables: readonly TableComparison[];
  readonly sections: readonly SectionComparison[];
  /** Cross-year findings that belong to no figure or paragraph shown. */
  readonly otherFindings: readonly ComparisonFinding[];
  readonly summary: ComparisonSummary;
}
