/**
 * From one year's report to the next: the next year's draft from last year's report, and the
 * year-over-year comparison of two reports (model, text, HTML).
 */
export { nextYearDraft, type NextYearDraft, type NextYearOptions, type NextYearResult, type ReviewItem } from './next';
export { compareReports, type CompareOptions } from './compare';
export * from './comparison';
export { wordDiff, type DiffSegment } from './word-diff';
export { comparisonText, type ComparisonTextOptions } from './compare-text';
export { renderComparisonBody, renderComparisonPage } from './compare-html';
export { COMPARE_CSS, COMPARE_PAGE_CSS, COMPARE_WEBVIEW_CSS } from './compare-styles';
