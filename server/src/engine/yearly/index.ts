/**
 * From one year's report to the next: the next year's draft from last year's report, and the
 * year-over-year comparison of two reports (model, text, HTML).
 */
export { nextYearDraft, type NextYearDraft, type NextYearOptions, type NextYearResult, type ReviewItem } from './next';
