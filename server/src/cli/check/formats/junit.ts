import { hostname } from 'node:os';
import { CHAIN_WORDS, PUBLICATION_WORDS, RULES, UNKNOWN_BODY } from '../../../engine';
import type { FileDiagnostic } from '../job';
import { notChecked, oneLine, type FileOutcome, type Reporter, type ReporterOptions } from './reporter';

/**
 * JUnit XML, one <testsuite> per report and one <testcase> per rule that ran: a report is a
 * checklist, and CI test views (Jenkins, GitLab, Azure) show it as such — every rule passed or
 * failed, the failure's text listing the findings as path:line:col lines. A rule fails on
 * errors and warnings (the failure's type is the worst); info and hints go to the suite's
 * <system-out>, so they are visible without failing anything. Rules set to off are not run
 * and not listed. The suite's properties say the report's body, year, publication and
 * carry-over chain. Valid against both the Jenkins (junit-4.xsd) and the Ant (JUnit.xsd)
 * schemas, which is what the CI readers accept.
 */
export function junitReporter(options: ReporterOptions): Reporter {
  const { lang } = options;
  const rules = RULES.filter((r) => options.rules[r.id] !== 'off');
  // The Ant schema wants a timestamp without zone and a host name on every suite.
  const timestamp = options.now.toISOString().slice(0, 19);
  const host = xml(hostname() || 'localhost');
  const suite = (name: string, index: number, tests: number, failures: number, errors: number) =>
    `<testsuite name="${xml(name)}" package="govreport" id="${index}" tests="${tests}" failures="${failures}" errors="${errors}" time="0" timestamp="${timestamp}" hostname="${host}">`;
  let index = 0;

  return {
    detail: 'plain',
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n',
    file(outcome) {
      const reason = notChecked(outcome, lang);
      if (reason !== undefined) return unreadableSuite(outcome.file.display, reason, suite(outcome.file.display, index++, 1, 0, 1));
      const byRule = new Map<string, FileDiagnostic[]>();
      for (const d of outcome.checked.diagnostics) {
        const list = byRule.get(d.rule);
        if (list) list.push(d);
        else byRule.set(d.rule, [d]);
      }
      const path = outcome.file.display;
      const line = (d: FileDiagnostic) => `${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${oneLine(d.message)}`;
      // Parse notices belong to no rule of the registry: a test of their own when there are any.
      const ids = [...rules.map((r) => r.id), ...(byRule.has('parse') ? ['parse'] : [])];
      let failures = 0;
      const cases = ids.map((id) => {
        const failing = (byRule.get(id) ?? []).filter((d) => d.severity === 'error' || d.severity === 'warning');
        const open = `  <testcase name="${xml(id)}" classname="${xml(path)}" time="0"`;
        if (failing.length === 0) return `${open}/>`;
        failures++;
        const type = failing.some((d) => d.severity === 'error') ? 'error' : 'warning';
        const message = `${failing.length} ${type === 'error' ? (lang === 'zh' ? '个问题（含错误）' : 'finding(s), errors among them') : lang === 'zh' ? '个警告' : 'warning(s)'}`;
        return `${open}>\n    <failure type="${type}" message="${xml(message)}">${xml(failing.map(line).join('\n'))}</failure>\n  </testcase>`;
      });
      const quiet = outcome.checked.diagnostics.filter((d) => d.severity === 'info' || d.severity === 'hint');
      return [
        suite(path, index++, ids.length, failures, 0),
        properties(outcome, lang),
        ...cases,
        `  <system-out>${xml(quiet.map(line).join('\n'))}</system-out>`,
        '  <system-err></system-err>',
        '</testsuite>',
        '',
      ].join('\n');
    },
    end(notFound) {
      const missing = notFound.map((reason) => unreadableSuite(reason[lang], reason[lang], suite(reason[lang], index++, 1, 0, 1)));
      return `${missing.join('')}</testsuites>\n`;
    },
  };
}

function properties({ checked, previous }: FileOutcome, lang: 'zh' | 'en'): string {
  const facts = checked.facts!;
  const values: [string, string][] = [
    ['body', facts.agency ?? UNKNOWN_BODY[lang]],
    ['year', facts.year === undefined ? '' : String(facts.year)],
    ['publication', PUBLICATION_WORDS[facts.publication.status][lang]],
    ['carry-over', CHAIN_WORDS[facts.chain.status][lang]],
    ...(previous ? [['previous', previous] as [string, string]] : []),
  ];
  return ['  <properties>', ...values.map(([name, value]) => `    <property name="${name}" value="${xml(value)}"/>`), '  </properties>'].join('\n');
}

function unreadableSuite(name: string, reason: string, open: string): string {
  return [
    open,
    '  <properties>',
    `    <property name="status" value="not checked"/>`,
    '  </properties>',
    `  <testcase name="read" classname="${xml(name)}" time="0">`,
    `    <error type="not-checked" message="${xml(reason)}">${xml(reason)}</error>`,
    '  </testcase>',
    '  <system-out></system-out>',
    '  <system-err></system-err>',
    '</testsuite>',
    '',
  ].join('\n');
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for element content or a quoted attribute; characters XML 1.0 cannot carry (form feeds from PDFs, NULs) are dropped. */
function xml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}
