/**
 * Audits of many reports: the facts one checked report contributes, tallies per rule and per
 * body, and the exports (CSV, a self-contained HTML page). Used by `govreport check` (--summary,
 * --format html) and by the language server's workspace audit (tree view, dashboard).
 */
export { auditFacts, SEVERITIES, type AuditFacts, type Chain, type ChainStatus, type LastYear, type SeverityCounts } from './facts';
export { AuditTally, type BodyTally, type RuleTally } from './tally';
export { CHAIN_WORDS, PUBLICATION_WORDS, UNKNOWN_BODY, describeChain, describePublication } from './labels';
export { auditCsv } from './csv';
export { auditPage, auditPageEnd, auditPageStart, auditReportSection, type PageOptions } from './page';
export type { AuditReport, PageFinding } from './report';
export { publicationDeadline, publicationOf, type Publication, type PublicationStatus } from '../domain/deadline';
