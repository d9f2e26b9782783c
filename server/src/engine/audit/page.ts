import type { Lang } from '../language/types';
import { escapeHtml as esc } from '../render/escape';
import { STANDALONE_PAGE_END, standalonePageHead } from '../render/standalone';
import { SEVERITIES } from './facts';
import { CHAIN_WORDS, describeChain, describePublication, PUBLICATION_WORDS, UNKNOWN_BODY } from './labels';
import type { AuditReport, PageFinding } from './report';
import type { AuditTally } from './tally';

/**
 * The audit as one self-contained page: a summary table of every report (counts, publication
 * against the Art. 49 deadline, carry-over chain), the reports × rules matrix, then — when the
 * findings are given — each report's findings with the source line they are on. Embedded
 * styles, no script, a CSP that allows nothing else; every piece of report text goes through
 * escapeHtml. Written in parts so that the CLI can stream the report sections.
 */

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; --mark: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #151b23; --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --ok: #3fb950; --mark: #5a4a00; } }
body { font: 14px/1.5 system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; color: var(--fg); background: var(--bg); margin: 2em; }
h1 { font-size: 1.6em; margin: 0 0 0.2em; } h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; } h3 { font-size: 1.05em; margin: 1.4em 0 0.3em; word-break: break-all; }
.meta, .facts { color: var(--muted); margin: 0.2em 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
td.n { text-align: right; } td.zero { color: var(--muted); }
.error { color: var(--error); } .warning { color: var(--warning); } .info, .hint { color: var(--info); } .ok { color: var(--ok); }
pre { margin: 0; white-space: pre-wrap; word-break: break-all; font: 13px/1.4 ui-monospace, 'Noto Sans Mono CJK SC', monospace; }
pre .ln { color: var(--muted); user-select: none; padding-right: 1em; }
mark { background: var(--mark); color: inherit; }
tr.src td { border-top: none; }
@media print { thead th { position: static; } }
`;

const WORDS = {
  title: { zh: '政府信息公开工作年度报告审核', en: 'Annual report audit' },
  reports: { zh: '份报告', en: 'reports' },
  summary: { zh: '汇总', en: 'Summary' },
  matrix: { zh: '各报告各规则的问题数', en: 'Findings per report and rule' },
  findings: { zh: '问题明细', en: 'Findings' },
  body: { zh: '机关', en: 'Body' },
  year: { zh: '年度', en: 'Year' },
  file: { zh: '文件', en: 'File' },
  publication: { zh: '公布', en: 'Publication' },
  chain: { zh: '上年衔接', en: 'Carry-over' },
  where: { zh: '位置', en: 'Where' },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  message: { zh: '说明', en: 'Message' },
  none: { zh: '未发现问题。', en: 'No problems found.' },
  generated: { zh: '生成于', en: 'generated' },
  notChecked: { zh: '未能检查的文件', en: 'Not checked' },
} as const;

const SEVERITY_WORDS = { error: { zh: '错误', en: 'errors' }, warning: { zh: '警告', en: 'warnings' }, info: { zh: '信息', en: 'info' }, hint: { zh: '提示', en: 'hints' } } as const;

export interface PageOptions {
  readonly lang: Lang;
  /** When the page was made, as shown (the caller's clock: the engine has none). */
  readonly generated: string;
  /** Link each summary row to the report's findings section (#r1, #r2… in input order). */
  readonly linkFindings?: boolean;
  /** Files or paths that could not be checked, a reason each. */
  readonly notChecked?: readonly string[];
}

/** Everything up to the findings: head, summary table, matrix. */
export function auditPageStart(reports: readonly AuditReport[], tally: AuditTally, options: PageOptions): string {
  const { lang } = options;
  const w = (key: keyof typeof WORDS) => WORDS[key][lang];
  const totals = tally.counts;
  const counts = SEVERITIES.filter((s) => totals[s] > 0).map((s) => `<span class="${s}">${totals[s]} ${SEVERITY_WORDS[s][lang]}</span>`);
  const rules = tally.rules().map((t) => t.rule);
  return [
    standalonePageHead({ lang, title: w('title'), css: CSS }),
    `<h1>${w('title')}</h1>`,
    `<p class="meta">${reports.length} ${w('reports')} · ${counts.join(' · ') || `<span class="ok">${w('none')}</span>`} · ${w('generated')} ${esc(options.generated)}</p>`,
    `<h2>${w('summary')}</h2>`,
    '<div class="scroll"><table class="summary">',
    `<thead><tr><th>${w('body')}</th><th>${w('year')}</th><th>${w('file')}</th>${SEVERITIES.slice(0, 3).map((s) => `<th class="${s}">${esc(SEVERITY_WORDS[s][lang])}</th>`).join('')}<th>${w('publication')}</th><th>${w('chain')}</th></tr></thead>`,
    '<tbody>',
    ...reports.map((r, i) => summaryRow(r, i, options)),
    '</tbody></table></div>',
    ...(options.notChecked?.length ? [`<h2 class="error">${w('notChecked')}</h2>`, '<ul>', ...options.notChecked.map((r) => `<li>${esc(r)}</li>`), '</ul>'] : []),
    ...(rules.length === 0 ? [] : matrix(reports, rules, lang)),
    ...(options.linkFindings ? [`<h2>${w('findings')}</h2>`] : []),
  ].join('\n');
}

function summaryRow({ path, facts, previous }: AuditReport, index: number, { lang, linkFindings }: PageOptions): string {
  const file = linkFindings ? `<a href="#r${index + 1}">${esc(path)}</a>` : esc(path);
  const cells = SEVERITIES.slice(0, 3).map((s) => countCell(facts.counts[s], s));
  const pub = facts.publication;
  const pubClass = pub.status === 'late' || pub.status === 'early' ? 'error' : pub.status === 'on-time' ? 'ok' : 'warning';
  const chainClass = facts.chain.status === 'linked' ? 'ok' : facts.chain.status === 'broken' ? 'error' : 'warning';
  return [
    '<tr>',
    `<td>${esc(facts.agency ?? UNKNOWN_BODY[lang])}</td>`,
    `<td class="n">${facts.year ?? ''}</td>`,
    `<td>${file}</td>`,
    ...cells,
    `<td class="${pubClass}" title="${esc(describePublication(pub, lang))}">${esc(PUBLICATION_WORDS[pub.status][lang])}</td>`,
    `<td class="${chainClass}" title="${esc(describeChain(facts.chain, lang, previous))}">${esc(CHAIN_WORDS[facts.chain.status][lang])}</td>`,
    '</tr>',
  ].join('');
}

function matrix(reports: readonly AuditReport[], rules: readonly string[], lang: Lang): string[] {
  return [
    `<h2>${WORDS.matrix[lang]}</h2>`,
    '<div class="scroll"><table class="matrix">',
    `<thead><tr><th>${WORDS.body[lang]}</th><th>${WORDS.year[lang]}</th>${rules.map((r) => `<th>${esc(r)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...reports.map(({ facts }) => `<tr><td>${esc(facts.agency ?? UNKNOWN_BODY[lang])}</td><td class="n">${facts.year ?? ''}</td>${rules.map((r) => countCell(facts.rules[r] ?? 0)).join('')}</tr>`),
    '</tbody></table></div>',
  ];
}

function countCell(n: number, severity?: string): string {
  return `<td class="n${n === 0 ? ' zero' : severity ? ` ${severity}` : ''}">${n}</td>`;
}

/** One report's findings, each with the source line it starts on (the range marked). */
export function auditReportSection(report: AuditReport, index: number, findings: readonly PageFinding[], lang: Lang): string {
  const { facts } = report;
  const head = [
    `<section id="r${index + 1}">`,
    `<h3>${esc(report.path)}</h3>`,
    `<p class="facts">${esc(facts.agency ?? UNKNOWN_BODY[lang])}${facts.year === undefined ? '' : ` · ${facts.year}`} · ${esc(describePublication(facts.publication, lang))} · ${esc(describeChain(facts.chain, lang, report.previous))}</p>`,
  ];
  if (findings.length === 0) return [...head, `<p class="ok">${WORDS.none[lang]}</p>`, '</section>', ''].join('\n');
  const w = (key: keyof typeof WORDS) => WORDS[key][lang];
  const rows = findings.map((f) => {
    const { line, character } = f.range.start;
    return [
      `<tr><td class="n">${line + 1}:${character + 1}</td><td class="${f.severity}">${f.severity}</td><td>${esc(f.rule)}</td><td>${esc(f.message)}</td></tr>`,
      `<tr class="src"><td colspan="4"><pre><span class="ln">${line + 1}</span>${marked(f)}</pre></td></tr>`,
    ].join('\n');
  });
  return [...head, `<table class="findings"><thead><tr><th>${w('where')}</th><th>${w('severity')}</th><th>${w('rule')}</th><th>${w('message')}</th></tr></thead><tbody>`, ...rows, '</tbody></table>', '</section>', ''].join('\n');
}

/** The source line with the finding's columns marked (to the end of the line when it spans lines). */
function marked(f: PageFinding): string {
  const start = Math.min(f.range.start.character, f.line.length);
  const end = f.range.end.line === f.range.start.line ? Math.max(start, Math.min(f.range.end.character, f.line.length)) : f.line.length;
  if (end === start) return esc(f.line);
  return `${esc(f.line.slice(0, start))}<mark>${esc(f.line.slice(start, end))}</mark>${esc(f.line.slice(end))}`;
}

export function auditPageEnd(): string {
  return STANDALONE_PAGE_END;
}

/** The whole page at once (the editor's dashboard export: summary and matrix, no findings). */
export function auditPage(reports: readonly AuditReport[], tally: AuditTally, options: PageOptions): string {
  return `${auditPageStart(reports, tally, { ...options, linkFindings: false })}\n${auditPageEnd()}`;
}
