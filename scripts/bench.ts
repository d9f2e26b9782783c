// `npm run bench`: how fast the engine reads and checks a report, compared with
// markdownlint's default rule set on the same text, and how the cost grows with size.
// Prints numbers; it is not a timed test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { checkModel, compareReports, nextYearDraft, parseReport, renderComparisonBody } from '../server/src/engine';

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

// From one year to the next: the draft from last year's report, and the comparison of two years
// (model, then its HTML), on the example and on larger copies. Each copy of the prose has every
// third character replaced (copies of a paragraph are far apart, as in a real report, where no
// paragraph is written forty times); last year's text is this year's with the years one less and
// every figure changed, so that every paragraph differs a little from last year's.
const POOL = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
/** k copies of the example's section 一, each with a third of its characters replaced: distinct paragraphs. */
function varied(text: string, k: number): string {
  const start = text.indexOf('## 一、总体情况');
  const end = text.indexOf('## 二、主动公开政府信息情况');
  const prose = text.slice(text.indexOf('\n', start) + 1, end);
  let extra = '';
  for (let i = 1; i < k; i++) extra += prose.replace(/\p{Script=Han}/gu, (c, at: number) => ((at + i) % 3 === 0 ? POOL[(at * 7 + i * 13) % POOL.length] : c));
  return text.slice(0, end) + extra + text.slice(end);
}
console.log('\nNext year\'s draft and year-over-year comparison (canonical example, prose repeated)\n');
console.log(['size', 'next draft', 'compare', 'compare + HTML', 'compare vs 1×'].join(' | '));
let compareBase = 0;
for (const k of [1, 10, 100]) {
  const current = varied(example, k);
  const last = current.replace(/2024/g, '2023').replace(/(?<!\d)(\d{1,3})(?!\d)/g, (d) => String(Number(d) + 1));
  const [lastModel, currentModel] = [parseReport(last), parseReport(current)];
  const draft = time(() => nextYearDraft(parseReport(last), { previousPath: 'last.md' }), 3000).median;
  const compare = time(() => compareReports(lastModel, currentModel), 3000).median;
  const html = time(() => renderComparisonBody(compareReports(lastModel, currentModel), 'zh'), 3000).median;
  if (k === 1) compareBase = compare;
  console.log([`${k}× (${(current.length / 1024).toFixed(0)} KiB)`, fmt(draft), fmt(compare), fmt(html), `${(compare / compareBase).toFixed(1)}×`].join(' | '));
}
