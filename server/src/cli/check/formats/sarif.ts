import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type Range, type Rule, type Severity } from '../../../engine';
import { rulePage } from '../../../docs/rule-docs';
import { VERSION } from '../../version';
import type { InputFile } from '../../files/discover';
import { notChecked, type Reporter, type ReporterOptions } from './reporter';

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run; the driver lists every rule (its
 * description, the rule page as help, helpUri to that page among the docs shipped with
 * govreport, the default level); each result names its rule by id and index and locates the
 * finding by a 1-based region in UTF-16 columns (LSP's); fixes carry the engine's edits.
 * Paths given relative are relative to %SRCROOT%, the folder the check ran in. Files that could
 * not be checked are tool notifications, and the invocation is then not successful.
 */

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Parse notices are reported under this id; it is not a rule of the registry. */
const PARSE = {
  id: 'parse',
  description: { zh: '报告的某一部分无法读取。', en: 'A part of the report could not be read.' },
} as const;

export function sarifReporter(options: ReporterOptions): Reporter {
  const { lang } = options;
  const index = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
  index.set(PARSE.id, RULES.length);
  const notifications: string[] = [];
  let first = true;

  const run = {
    tool: { driver: { name: 'govreport', version: VERSION, semanticVersion: VERSION, rules: [...RULES.map((r) => descriptor(r, options)), parseDescriptor(lang)] } },
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd + sep).href } },
    columnKind: 'utf16CodeUnits',
  };
  const opening = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] });

  return {
    detail: 'fixes',
    // The run is written up to its results, which follow file by file.
    start: () => `${opening.slice(0, -3)},"results":[`,
    file(outcome) {
      const reason = notChecked(outcome, lang);
      if (reason !== undefined) {
        notifications.push(reason);
        return '';
      }
      const location = artifact(outcome.file);
      let out = '';
      for (const d of outcome.checked.diagnostics) {
        const result = {
          ruleId: d.rule,
          ruleIndex: index.get(d.rule) ?? index.get(PARSE.id),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
          fixes: d.fixes?.length
            ? d.fixes.map((f) => ({ description: { text: f.title }, artifactChanges: [{ artifactLocation: location, replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }] }))
            : undefined,
        };
        out += `${first ? '' : ','}${JSON.stringify(result)}`;
        first = false;
      }
      return out;
    },
    end(notFound) {
      const reasons = [...notFound.map((r) => r[lang]), ...notifications];
      const invocation = {
        executionSuccessful: reasons.length === 0,
        toolExecutionNotifications: reasons.length ? reasons.map((text) => ({ level: 'error', message: { text } })) : undefined,
      };
      return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}

function descriptor(rule: Rule, { lang, docsDir, rules }: ReporterOptions) {
  const configured = rules[rule.id];
  const level = configured === 'off' ? 'none' : LEVEL[(configured as Severity | undefined) ?? rule.defaultSeverity];
  return {
    id: rule.id,
    shortDescription: { text: rule.description[lang] },
    fullDescription: { text: rule.rationale[lang] },
    help: { text: `${rule.description[lang]}\n\n${rule.rationale[lang]}`, markdown: rulePage(rule) },
    helpUri: pathToFileURL(join(docsDir, `${rule.id}.md`)).href,
    defaultConfiguration: { level, enabled: configured !== 'off' },
    properties: { tags: ['govreport', rule.category] },
  };
}

function parseDescriptor(lang: 'zh' | 'en') {
  return { id: PARSE.id, shortDescription: { text: PARSE.description[lang] }, defaultConfiguration: { level: 'error' } };
}

/** Relative paths against %SRCROOT% with each segment percent-encoded; absolute ones as file: URIs. */
function artifact(file: InputFile): { uri: string; uriBaseId?: string } {
  if (file.absolute === undefined) return { uri: encodeURIComponent(file.display) };
  const display = file.display.split(sep).join('/');
  if (display.startsWith('/') || /^[A-Za-z]:\//.test(display)) return { uri: pathToFileURL(file.absolute).href };
  return { uri: display.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(range: Range) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
