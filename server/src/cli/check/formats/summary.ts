import { AuditTally, UNKNOWN_BODY } from '../../../engine';
import { displayWidth } from '../../../engine/text/width';
import type { Lang } from '../../i18n';
import type { Reporter } from './reporter';

/**
 * `--summary`: instead of every finding, the counts per rule and per body (with how many of a
 * body's reports were published late and how many break the carry-over chain). Nothing but the
 * tallies is kept, whatever the number of reports.
 */
export function summaryReporter(format: 'text' | 'json', lang: Lang): Reporter {
  const tally = new AuditTally();
  return {
    detail: 'plain',
    start: () => '',
    file({ checked }) {
      if (checked.facts) tally.add(checked.facts);
      return '';
    },
    end: () => (format === 'json' ? jsonSummary(tally) : textSummary(tally, lang)),
  };
}

function jsonSummary(tally: AuditTally): string {
  const bodies = tally.bodies().map((b) => ({ ...b, body: b.body ?? null }));
  return `${JSON.stringify({ summary: { reports: tally.reports, counts: tally.counts, rules: tally.rules(), bodies } })}\n`;
}

function textSummary(tally: AuditTally, lang: Lang): string {
  const zh = lang === 'zh';
  const rules = table(
    [zh ? '规则' : 'Rule', zh ? '问题数' : 'Findings', zh ? '报告数' : 'Reports'],
    tally.rules().map((r) => [r.rule, r.findings, r.reports]),
  );
  const bodies = table(
    [zh ? '机关' : 'Body', zh ? '报告数' : 'Reports', zh ? '年度' : 'Years', zh ? '错误' : 'Errors', zh ? '警告' : 'Warnings', zh ? '信息' : 'Info', zh ? '逾期' : 'Late', zh ? '衔接中断' : 'Broken chain'],
    tally.bodies().map((b) => [b.body ?? UNKNOWN_BODY[lang], b.reports, years(b.years), b.counts.error, b.counts.warning, b.counts.info, b.late, b.broken]),
  );
  const none = zh ? '未发现问题。\n' : 'No problems found.\n';
  return `${tally.rules().length > 0 ? rules : none}\n${bodies}`;
}

/** 2023–2025 when consecutive, else listed. */
function years(list: readonly number[]): string {
  if (list.length === 0) return '';
  const consecutive = list.every((y, i) => i === 0 || y === list[i - 1] + 1);
  return consecutive && list.length > 1 ? `${list[0]}–${list[list.length - 1]}` : list.join(', ');
}

/** Columns aligned by display width (Chinese characters are two columns wide); numbers to the right. */
function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => displayWidth(row[c]))));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  const pad = (text: string, c: number) => {
    const fill = ' '.repeat(widths[c] - displayWidth(text));
    return numeric[c] ? fill + text : text + fill;
  };
  return cells.map((row) => row.map(pad).join('  ').trimEnd()).join('\n') + '\n';
}
