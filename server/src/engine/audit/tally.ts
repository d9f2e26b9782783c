import { RULES } from '../rules';
import type { Severity } from '../rules/types';
import { SEVERITIES, type AuditFacts, type SeverityCounts } from './facts';

/** Findings of one rule over the reports of an audit. */
export interface RuleTally {
  readonly rule: string;
  readonly findings: number;
  /** Reports with at least one finding of the rule. */
  readonly reports: number;
}

/** The reports of one body (agency), whatever their year. */
export interface BodyTally {
  /** Undefined for the reports whose body could not be read. */
  readonly body?: string;
  readonly reports: number;
  readonly years: readonly number[];
  readonly counts: SeverityCounts;
  /** Reports published after the Art. 49 deadline, or before their year ended. */
  readonly late: number;
  /** Reports whose carry-over chain to last year's is broken. */
  readonly broken: number;
}

const ORDER = new Map(RULES.map((r, i) => [r.id, i]));
const order = (rule: string) => ORDER.get(rule) ?? RULES.length;

/**
 * Counts per rule and per body, added one report at a time: an audit of ten thousand reports
 * keeps these few numbers, never the reports.
 */
export class AuditTally {
  private readonly ruleTallies = new Map<string, { findings: number; reports: number }>();
  private readonly bodyTallies = new Map<string | undefined, { reports: number; years: Set<number>; counts: Record<Severity, number>; late: number; broken: number }>();
  private readonly totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  reports = 0;

  add(facts: AuditFacts): void {
    this.reports++;
    for (const [rule, n] of Object.entries(facts.rules)) {
      const t = this.ruleTallies.get(rule) ?? { findings: 0, reports: 0 };
      t.findings += n;
      t.reports++;
      this.ruleTallies.set(rule, t);
    }
    let body = this.bodyTallies.get(facts.agency);
    if (!body) this.bodyTallies.set(facts.agency, (body = { reports: 0, years: new Set(), counts: { error: 0, warning: 0, info: 0, hint: 0 }, late: 0, broken: 0 }));
    body.reports++;
    if (facts.year !== undefined) body.years.add(facts.year);
    for (const s of SEVERITIES) {
      body.counts[s] += facts.counts[s];
      this.totals[s] += facts.counts[s];
    }
    if (facts.publication.status === 'late' || facts.publication.status === 'early') body.late++;
    if (facts.chain.status === 'broken') body.broken++;
  }

  get counts(): SeverityCounts {
    return { ...this.totals };
  }

  /** Most findings first; ties in the order of the rule registry. */
  rules(): RuleTally[] {
    return [...this.ruleTallies]
      .map(([rule, t]) => ({ rule, ...t }))
      .sort((a, b) => b.findings - a.findings || order(a.rule) - order(b.rule) || (a.rule < b.rule ? -1 : 1));
  }

  /** Most errors first, then most warnings; ties by name; the unknown body last. */
  bodies(): BodyTally[] {
    return [...this.bodyTallies]
      .map(([body, t]): BodyTally => ({ body, reports: t.reports, years: [...t.years].sort((a, b) => a - b), counts: { ...t.counts }, late: t.late, broken: t.broken }))
      .sort(
        (a, b) =>
          Number(a.body === undefined) - Number(b.body === undefined) ||
          b.counts.error - a.counts.error ||
          b.counts.warning - a.counts.warning ||
          (a.body ?? '').localeCompare(b.body ?? '', 'zh-CN'),
      );
  }
}
