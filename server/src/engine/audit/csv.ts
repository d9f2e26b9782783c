import type { Lang } from '../language/types';
import { formatDate } from '../text/dates';
import { CHAIN_WORDS, PUBLICATION_WORDS, UNKNOWN_BODY } from './labels';
import type { AuditReport } from './report';
import { AuditTally } from './tally';

/**
 * The audit as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that spreadsheet programs
 * read the Chinese): one row per report, its counts, publication and chain, then one column per
 * rule that has findings. A cell a spreadsheet would run as a formula is prefixed with '.
 */
export function auditCsv(reports: readonly AuditReport[], lang: Lang): string {
  const tally = new AuditTally();
  for (const r of reports) tally.add(r.facts);
  const rules = tally.rules().map((t) => t.rule);
  const zh = lang === 'zh';
  const header = [
    zh ? '机关' : 'body',
    zh ? '年度' : 'year',
    zh ? '文件' : 'file',
    zh ? '错误' : 'errors',
    zh ? '警告' : 'warnings',
    zh ? '信息' : 'info',
    zh ? '公布' : 'publication',
    zh ? '公布日期' : 'published',
    zh ? '期限' : 'deadline',
    zh ? '上年衔接' : 'carry-over',
    ...rules,
  ];
  const rows = reports.map(({ path, facts }) => [
    facts.agency ?? UNKNOWN_BODY[lang],
    facts.year ?? '',
    path,
    facts.counts.error,
    facts.counts.warning,
    facts.counts.info,
    PUBLICATION_WORDS[facts.publication.status][lang],
    facts.publication.published ? formatDate(facts.publication.published, 'en') : '',
    facts.publication.deadline ? formatDate(facts.publication.deadline, 'en') : '',
    CHAIN_WORDS[facts.chain.status][lang],
    ...rules.map((rule) => facts.rules[rule] ?? 0),
  ]);
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number): string {
  let text = String(value);
  // =, +, -, @ (and a leading tab or return) start a formula in spreadsheet programs.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
