/**
 * Custom LSP requests of the year-to-year commands: next year's draft and the comparison with
 * last year's report. Pure declarations (type imports only, erased from the bundles), shared by
 * the server handlers (yearly.ts) and the VS Code client, so the method names and shapes are
 * written once.
 */
import type { ComparisonSummary } from '../engine/yearly/comparison';

/** `govreport/nextYearDraft`: next year's draft from last year's report (open in the editor or on disk). */
export const NEXT_YEAR_DRAFT = 'govreport/nextYearDraft';

export interface NextYearDraftParams {
  /** Last year's report. */
  readonly lastUri: string;
  /** Where the draft will be saved: its front matter's previous: is written relative to it. */
  readonly targetUri: string;
}

export type NextYearDraftResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly year: number;
      /** Figures carried over from last year's report. */
      readonly carried: number;
      /** Paragraphs still last year's text (shown as copied-text diagnostics once the draft is open). */
      readonly review: number;
    }
  | { readonly ok: false; readonly reason: string };

/** `govreport/compareWithLastYear`: the year-over-year comparison of an open report, as an HTML fragment. */
export const COMPARE_WITH_LAST_YEAR = 'govreport/compareWithLastYear';

export interface CompareParams {
  /** This year's report (open in the editor). */
  readonly uri: string;
  /** Last year's report, when the user chose it; otherwise the one the checks use (front matter previous:, or the same body's report of the year before). */
  readonly lastUri?: string;
}

export type CompareResult =
  | {
      readonly ok: true;
      /** The comparison (an `<article>`): report text escaped; figures and paragraphs carry data-side and data-range. */
      readonly html: string;
      readonly title: string;
      readonly lastUri: string;
      readonly thisUri: string;
      readonly summary: ComparisonSummary;
    }
  /** `noLastYear`: no report of last year is known; the client may ask the user for one. */
  | { readonly ok: false; readonly reason: string; readonly noLastYear?: boolean };
