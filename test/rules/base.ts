import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { applyEdits, parseReport, type CheckOptions, type Diagnostic } from '../../server/src/engine';
import { ROOT, check, covered, where } from '../helpers';

/**
 * The canonical example, which checks completely clean, and small tools to make one change to
 * it: each rule test takes it, introduces exactly one fault, and asserts.
 */
export const BASE = readFileSync(join(ROOT, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');

/** Replaces the one occurrence of `from` (fails if there is not exactly one). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`not found: ${from}`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`found more than once: ${from}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The 1-based line number of the one line that starts with `prefix`. */
export function lineOf(text: string, prefix: string): number {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l.startsWith(prefix) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${hits.length} lines start with ${prefix}`);
  return hits[0];
}

/** Removes lines [from, to] (1-based, inclusive). */
export function deleteLines(text: string, from: number, to = from): string {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
}

/**
 * Sets cell `column` (1 = the first figure; 0 = the label) of the pipe row whose label starts
 * with `label`, keeping the cell's padding.
 */
export function setCell(text: string, label: string, column: number, value: string): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l.startsWith(`| ${label}`) ? [i] : []));
  if (hits.length !== 1) throw new Error(`${hits.length} rows start with ${label}`);
  const parts = lines[hits[0]].split('|');
  const old = parts[column + 1];
  if (old === undefined) throw new Error(`no column ${column} in ${label}`);
  const lead = old.length - old.trimStart().length;
  const trail = old.length - old.trimEnd().length;
  parts[column + 1] = ' '.repeat(lead) + value + ' '.repeat(Math.max(trail, value === '' ? 0 : trail));
  lines[hits[0]] = parts.join('|');
  return lines.join('\n');
}

/** A diagnostic, compactly: rule, severity and where. */
export const brief = (d: Diagnostic): string => `${d.rule}/${d.severity}@${where(d)}`;

/** Applies one fix of a diagnostic (the preferred one by default) and returns the new text. */
export function applyFix(text: string, d: Diagnostic, which: number | 'preferred' = 'preferred'): string {
  const fix = which === 'preferred' ? d.fixes.find((f) => f.preferred) : d.fixes[which];
  if (!fix) throw new Error(`no fix ${which} for ${d.rule}`);
  const result = applyEdits(text, fix.edits);
  expect(result.skipped).toEqual([]);
  return result.text;
}

/** The one diagnostic a text yields (fails when there are none or several). */
export function single(text: string, options?: CheckOptions): Diagnostic {
  const all = check(text, options);
  expect(all.map(brief)).toHaveLength(1);
  return all[0];
}

/**
 * Asserts the fix of a diagnostic mends the document completely: after it, the diagnostics are
 * exactly those of the base (none, for the example), so the fault is gone and nothing new appeared.
 */
export function expectFixRestores(text: string, d: Diagnostic, which: number | 'preferred' = 'preferred', options?: CheckOptions, base = BASE): string {
  const fixed = applyFix(text, d, which);
  expect(check(fixed, options).map(brief)).toEqual(check(base, options).map(brief));
  return fixed;
}

export { check, covered, where };

/**
 * Last year's report (2023) of the same agency, built from the example: years moved back by one,
 * every prose paragraph replaced by a short line of other words (so copied-text does not fire
 * unless a test puts a paragraph back), and table 三 changed so that it carries 0 into 2024
 * (二、上年结转 of the example is 0). 行政规范性文件 现行有效 is 28: 28 + 10 − 0 = 38 this year.
 */
export function lastYearText(): string {
  let text = BASE.replace(/2025/g, '@@').replace(/2024/g, '2023').replace(/@@/g, '2024');
  text = text
    .split('\n')
    .map((line) => (isProse(line) ? '上年度的工作情况从略。' : line))
    .join('\n');
  text = setCell(text, '一、本年新收', 1, '60');
  text = setCell(text, '一、本年新收', 7, '69');
  text = setCell(text, '四、结转下年度', 1, '0');
  text = setCell(text, '四、结转下年度', 7, '0');
  text = setCell(text, '行政规范性文件', 3, '28');
  return text;
}

function isProse(line: string): boolean {
  const t = line.trim();
  if (t === '' || /^(#|\||---|<!--|-->|[a-zA-Z]+:)/.test(t)) return false;
  return [...t].filter((c) => /\p{Script=Han}/u.test(c)).length >= 30;
}

export function lastYear(text = lastYearText()) {
  return parseReport(text);
}

/** Table 二 in the 2019 (试行) layout, with the example's figures where they have a 2019 column. */
export const TABLE2_2019 = `| 第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| ------------------ | -------------: | -------------: | -------------: |
| 规章               |              0 |              0 |              0 |
| 规范性文件         |             10 |             10 |             38 |

| 第二十条第（五）项   | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| -------------------- | -------------: | --------: | -----------: |
| 行政许可             |            120 |         3 |        35583 |
| 其他对外管理服务事项 |              0 |         0 |            0 |

| 第二十条第（六）项 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| ------------------ | -------------: | --------: | -----------: |
| 行政处罚           |             30 |        -2 |         5025 |
| 行政强制           |              4 |         0 |           91 |

| 第二十条第（八）项 | 上一年项目数量 | 本年增/减 |
| ------------------ | -------------: | --------: |
| 行政事业性收费     |             15 |         0 |

| 第二十条第（九）项 | 采购项目数量 | 采购总金额 |
| ------------------ | -----------: | ---------: |
| 政府集中采购       |            5 |     120万元 |`;

/** The example with table 二 in the 2019 layout (lines 51–67 replaced). */
export function withTable2019(text = BASE): string {
  const lines = text.split('\n');
  if (!lines[50].startsWith('| 第二十条第（一）项') || !lines[66].startsWith('| 行政事业性收费')) throw new Error('table 二 moved');
  lines.splice(50, 17, ...TABLE2_2019.split('\n'));
  return lines.join('\n');
}

/** The example moved to another year: every 2024 becomes `year`, every 2025 `year + 1`. */
export function asYear(text: string, year: number): string {
  return text.replace(/2025/g, '@@').replace(/2024/g, String(year)).replace(/@@/g, String(year + 1));
}
