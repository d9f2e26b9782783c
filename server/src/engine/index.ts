/**
 * The govreport engine: pure functions from report text to model, diagnostics, edits and
 * HTML. No file system, no editor, no network — it runs in Node, in the language server and
 * in a web worker alike.
 */
export { parseReport } from './parse';
export { withAgencyDefaults, type AgencyDefaults } from './parse/agency-defaults';
export { isReportFileName } from './domain/report-name';
export { FrontMatterSchema, FRONT_MATTER_DOCS } from './parse/frontmatter';
export { checkModel, type CheckOptions, type Diagnostic, type FixWithRanges } from './check/run';
export { RULES, RULES_BY_ID } from './rules';
export type { Rule, Severity, SeveritySetting, Fix, TextEdit, Finding } from './rules/types';
export type * from './model';
export * from './format';
export { SourceText, type Position, type Range, type Span } from './text/source';
export { fixAll, preferredEdits, type FixAllOptions, type FixAllResult } from './fix/fix-all';
export { applyEdits } from './fix/apply';
export { convertDocument, type ConvertResult } from './convert/document';
export { convertRegionEdit, UNREADABLE } from './canonical/region';
export { looksLikeFigure } from './text/numbers';
export { toChineseNumeral } from './text/normalize';
export { canonicalTableLines, canonicalTablesText, alignPipeTable } from './canonical/canonical';
export { Analysis } from './analysis/analysis';
export { ARTICLES } from './law/articles.generated';
export type { Article, Paragraph as LawParagraph } from './law/types';
export { reportTemplate, REPORT_KIND, type TemplateOptions } from './template';
export * from './render';
export * from './language';
export * from './yearly';
export * from './audit';
