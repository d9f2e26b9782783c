import { AuditTally, auditPageEnd, auditPageStart, auditReportSection, type AuditReport } from '../../../engine';
import { notChecked, type Reporter, type ReporterOptions } from './reporter';

/**
 * One self-contained audit page (engine/audit/page.ts): the summary of every report first, then
 * each report's findings with their source lines. The summary needs every report, so this
 * format keeps each report's section (a string) and writes the page at the end.
 */
export function htmlReporter(options: ReporterOptions): Reporter {
  const { lang } = options;
  const reports: AuditReport[] = [];
  const sections: string[] = [];
  const failed: string[] = [];
  const tally = new AuditTally();
  return {
    detail: 'source',
    start: () => '',
    file(outcome) {
      const reason = notChecked(outcome, lang);
      const facts = outcome.checked.facts;
      if (reason !== undefined || !facts) {
        failed.push(reason ?? outcome.file.display);
        return '';
      }
      const report: AuditReport = { path: outcome.file.display, facts, previous: outcome.previous };
      const findings = outcome.checked.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range, line: d.line ?? '' }));
      sections.push(auditReportSection(report, reports.length, findings, lang));
      reports.push(report);
      tally.add(facts);
      return '';
    },
    end(notFound) {
      const generated = options.now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
      const start = auditPageStart(reports, tally, { lang, generated, linkFindings: true, notChecked: [...notFound.map((r) => r[lang]), ...failed] });
      return [start, ...sections, auditPageEnd()].join('\n');
    },
  };
}
