import type { Diagnostic } from '../check/run';
import { publicationOf, type Publication } from '../domain/deadline';
import type { Bilingual } from '../format/schema';
import type { AgencyKind, ReportModel } from '../model';
import { rule as carryOver } from '../rules/carry-over-mismatch';
import type { Severity } from '../rules/types';
import type { Range } from '../text/source';

/**
 * What one checked report tells an audit of many: whose report it is and for which year, its
 * findings counted by severity and by rule, its publication against the Art. 49 deadline, and
 * whether its carry-over chain to last year's report holds. Plain data (it crosses worker and
 * LSP boundaries), small (no model, no text), computed once per check.
 */
export interface AuditFacts {
  readonly agency?: string;
  readonly agencyKind?: AgencyKind;
  readonly year?: number;
  readonly publication: Publication;
  /** Where the publication date is written, to reveal it. */
  readonly publishedRange?: Range;
  readonly chain: Chain;
  readonly counts: SeverityCounts;
  /** Findings per rule id (rules without findings are absent). */
  readonly rules: Readonly<Record<string, number>>;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

/**
 * The carry-over chain to last year's report: `linked` when last year's report was found and
 * its 结转 figures carry over; `broken` when the front matter names a report that cannot be
 * read, or the figures do not carry over; `missing` when no report of the year before is known.
 */
export type ChainStatus = 'linked' | 'broken' | 'missing';

export interface Chain {
  readonly status: ChainStatus;
  /** Why a chain is broken. */
  readonly reason?: Bilingual;
}

/** What the checker knew of last year's report when it checked this one. */
export type LastYear = { readonly kind: 'found' } | { readonly kind: 'none' } | { readonly kind: 'unreadable'; readonly reason: Bilingual };

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function auditFacts(model: ReportModel, diagnostics: readonly Diagnostic[], lastYear: LastYear): AuditFacts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const rules: Record<string, number> = {};
  for (const d of diagnostics) {
    counts[d.severity]++;
    rules[d.rule] = (rules[d.rule] ?? 0) + 1;
  }
  const meta = model.meta;
  const facts = { agency: meta.agency?.value, agencyKind: meta.agencyKind?.value, year: meta.year?.value };
  return {
    ...facts,
    publication: publicationOf({ ...facts, published: meta.published?.value }),
    publishedRange: meta.published && model.source.rangeOf(meta.published.span),
    chain: chainOf(lastYear, rules[carryOver.id] ?? 0),
    counts,
    rules,
  };
}

function chainOf(lastYear: LastYear, mismatches: number): Chain {
  if (lastYear.kind === 'unreadable') return { status: 'broken', reason: lastYear.reason };
  if (lastYear.kind === 'none') return { status: 'missing' };
  if (mismatches === 0) return { status: 'linked' };
  // The rule's own description says what differs: the labels are not written out again here.
  const what = carryOver.description;
  return {
    status: 'broken',
    reason: {
      zh: `${what.zh.replace(/。$/, '')}（${mismatches} 处）`,
      en: `${what.en.replace(/\.$/, '')} (${mismatches} place${mismatches === 1 ? '' : 's'})`,
    },
  };
}
