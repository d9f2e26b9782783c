import { checkModel } from '../check/run';
import type { ReportModel } from '../model';
import { RULES } from '../rules';
import type { SeveritySetting } from '../rules/types';
import type { Span } from '../text/source';
import { compareTables } from './compare-figures';
import { compareSections } from './compare-prose';
import { DEFAULT_LARGE_CHANGE, type Comparison, type ComparedReport, type ComparisonFinding, type LargeChange } from './comparison';

export interface CompareOptions {
  readonly largeChange?: LargeChange;
  /** Severity settings, for the cross-year rules shown inline (govreport.rules, --rule). */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
}

const CROSS_YEAR_RULES = RULES.filter((r) => r.crossYear);

/**
 * Compares this year's report with last year's: every figure of tables 二–四 with its change,
 * each section's prose, and the findings of the cross-year rules (the same diagnostics the
 * check reports, with the same severities) beside the figure or paragraph they are about.
 */
export function compareReports(last: ReportModel, current: ReportModel, options: CompareOptions = {}): Comparison {
  const largeChange = options.largeChange ?? DEFAULT_LARGE_CHANGE;
  const diagnostics = checkModel(current, { previous: last, rules: options.rules, only: CROSS_YEAR_RULES });
  const claimed = new Set<number>();
  const findingsAt = (span: Span): ComparisonFinding[] => {
    const out: ComparisonFinding[] = [];
    diagnostics.forEach((d, i) => {
      if (claimed.has(i) || d.span.start < span.start || d.span.start > Math.max(span.start, span.end - 1)) return;
      claimed.add(i);
      out.push({ rule: d.rule, severity: d.severity, message: d.message, range: d.range });
    });
    return out;
  };
  const tables = compareTables(last, current, largeChange, findingsAt);
  const sections = compareSections(last, current, findingsAt);
  const otherFindings = diagnostics
    .filter((_, i) => !claimed.has(i))
    .map((d): ComparisonFinding => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range }));

  const figures = tables.flatMap((t) => t.rows.flatMap((r) => r.figures));
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  return {
    last: describe(last),
    this: describe(current),
    largeChange,
    tables,
    sections,
    otherFindings,
    summary: {
      figures: figures.length,
      changed: figures.filter((f) => f.change !== undefined && f.change !== 0).length,
      large: figures.filter((f) => f.large).length,
      findings: diagnostics.length,
      sectionsChanged: sections.filter((s) => s.status !== 'unchanged' && s.status !== 'absent').length,
      paragraphsUnchanged: paragraphs.filter((p) => p.status === 'same').length,
    },
  };
}

function describe(model: ReportModel): ComparedReport {
  return { year: model.meta.year?.value, agency: model.meta.agency?.value, title: model.title?.text };
}
