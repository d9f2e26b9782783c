// `npm run bench`: how fast the engine reads and checks a report, compared with
// markdownlint's default rule set on the same text, and how the cost grows with size.
// Prints numbers; it is not a timed test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { checkModel, parseReport } from '../server/src/engine';

const root = process.cwd();
const example = readFileSync(join(root, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');
const corpusText = readFileSync(join(root, 'test/fixtures/corpus/xiaoyi-2024.txt'), 'utf8');
const cellsText = readFileSync(join(root, 'test/fixtures/layouts/cell-per-line.txt'), 'utf8');

/** Median time of `fn` in milliseconds, after warming up, over enough runs to be stable. */
function time(fn: () => unknown, budgetMs = 1500): { median: number; runs: number } {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs || samples.length < 10) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    if (samples.length >= 2000) break;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], runs: samples.length };
}

const engine = (text: string) => checkModel(parseReport(text));
const markdownlint = (text: string) => lint({ strings: { report: text } });

/** A document k times larger: the prose of section 一 repeated, tables kept (they are fixed in size). */
function larger(text: string, k: number): string {
  const start = text.indexOf('## 一、总体情况');
  const end = text.indexOf('## 二、主动公开政府信息情况');
  const prose = text.slice(text.indexOf('\n', start) + 1, end);
  const target = text.length * k;
  let extra = '';
  for (let i = 1; text.length + extra.length < target; i++) extra += prose.replace(/\d+/g, (d) => String(Number(d) + i));
  return text.slice(0, end) + extra + text.slice(end);
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const rows: string[][] = [];
for (const [name, text] of [
  ['canonical example', example],
  ['corpus report (pasted)', corpusText],
  ['the same, one cell per line', cellsText],
] as const) {
  const ours = time(() => engine(text));
  const theirs = time(() => markdownlint(text));
  rows.push([name, `${(text.length / 1024).toFixed(1)} KiB`, fmt(ours.median), fmt(theirs.median), `1/${(theirs.median / ours.median).toFixed(0)}`]);
}
console.log('Parse + check, median per report (markdownlint: default rule set, same text)\n');
console.log(['document', 'size', 'govreport', 'markdownlint', 'ratio'].join(' | '));
for (const r of rows) console.log(r.join(' | '));

/** Parse + check of the k× texts, against the 1× time. */
function scaling(title: string, grow: (k: number) => string): void {
  console.log(`\nScaling (${title})\n`);
  console.log(['size', 'lines', 'govreport', 'per KiB', 'vs 1×'].join(' | '));
  const base = time(() => engine(grow(1))).median;
  for (const k of [1, 10, 100]) {
    const text = grow(k);
    const t = time(() => engine(text), 3000).median;
    const lines = text.split('\n').length;
    console.log([`${k}× (${(text.length / 1024).toFixed(0)} KiB)`, String(lines), fmt(t), fmt(t / (text.length / 1024)), `${(t / base).toFixed(1)}×`].join(' | '));
  }
}

/** The one-cell-per-line report with its table 三 written k times (k × 214 lines of cells). */
function moreCells(text: string, k: number): string {
  const start = text.indexOf('### 三、');
  const end = text.indexOf('#### 四、');
  const table = text.slice(text.indexOf('\n', start) + 1, end);
  return text.slice(0, end) + table.repeat(k - 1) + text.slice(end);
}

scaling('canonical example, prose repeated', (k) => larger(example, k));
scaling('one cell per line, table 三 written k times', (k) => moreCells(cellsText, k));
