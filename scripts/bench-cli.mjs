// Benchmark: `govreport check` on folders of reports against markdownlint-cli2 on the same
// folders, and the memory of a check of ten thousand reports. Not a timed test: it prints.
//
//   1,000 reports in real forms: the corpus reports (pasted, extracted, OCR'd, the 2019 format)
//     and the canonical example, round-robin, in ten sub-folders;
//   1,000 canonical copies: the canonical example only;
//   10,000 reports in real forms: govreport alone, for its peak memory.
//
// Each comparison alternates the two tools over several runs and prints the medians of wall
// time and of CPU time (user + system, which a busy machine inflates less than wall time), and
// their ratios. CPU time and peak memory come from GNU time (Debian package `time`) when it is
// there; without it only wall time is printed.
//
//   node scripts/bench-cli.mjs [--runs 5] [--reports 1000] [--large 10000]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, reports: { type: 'string', default: '1000' }, large: { type: 'string', default: '10000' } } });
const root = resolve('.');
const corpus = join(root, 'test/fixtures/corpus');
const EXAMPLE = join(root, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md');
const REAL = [...readdirSync(corpus).filter((f) => !f.endsWith('.json') && f !== 'README.md').sort().map((f) => join(corpus, f)), EXAMPLE];
const cli = join(root, 'dist/cli.js');
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const GNU_TIME = '/usr/bin/time';
/** The stated memory bound of a batch of any size: the JavaScript heap it needs (README, Performance). */
const HEAP_BOUND_MB = 96;
const hasTime = existsSync(GNU_TIME);

/** A folder of `count` copies of `sources`, round-robin, in sub-folders, named like reports. */
function folder(sources, count) {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${i % Math.max(10, Math.ceil(count / 100))}`);
    mkdirSync(sub, { recursive: true });
    const source = sources[i % sources.length];
    const stem = source.split('/').pop().split('.')[0];
    copyFileSync(source, join(sub, `${String(i).padStart(5, '0')}-${stem}政府信息公开工作年度报告.md`));
  }
  return dir;
}

/** One run: wall ms, exit status, and with GNU time CPU ms (user + system) and peak RSS in MB. */
function measure(args, cwd) {
  const report = join(cwd, '..', `time-${process.pid}.txt`);
  const start = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', report, process.execPath, ...args], { cwd, stdio: 'ignore' })
    : spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (!hasTime) return { wall, status: r.status };
  const [user, system, rssKb] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(report, { force: true });
  return { wall, status: r.status, cpu: (user + system) * 1000, rss: rssKb / 1024 };
}

/**
 * A run that ended other than "clean" (0) or "findings" (1) did not do the work it is timed for:
 * a crash is fast. The benchmark stops rather than print its time.
 */
function completed(run, what) {
  if (run.status !== 0 && run.status !== 1) throw new Error(`${what} ended with exit status ${run.status}: not a measurement`);
  return run;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

function compare(name, sources, count, runs) {
  const dir = folder(sources, count);
  const ours = [];
  const theirs = [];
  try {
    for (let i = 0; i < runs; i++) {
      ours.push(completed(measure([cli, 'check', '.'], dir), 'govreport check'));
      theirs.push(completed(measure([markdownlint, '**/*.md'], dir), 'markdownlint-cli2'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const of = (list, key) => median(list.map((m) => m[key]));
  console.log(`\n${name} (${count} reports, median of ${runs} alternating runs)`);
  console.log(`  govreport check     wall ${s(of(ours, 'wall'))}${hasTime ? `   CPU ${s(of(ours, 'cpu'))}   peak RSS ${of(ours, 'rss').toFixed(0)} MB` : ''}`);
  console.log(`  markdownlint-cli2   wall ${s(of(theirs, 'wall'))}${hasTime ? `   CPU ${s(of(theirs, 'cpu'))}` : ''}`);
  console.log(`  ratio               wall ${(of(ours, 'wall') / of(theirs, 'wall')).toFixed(3)}${hasTime ? `   CPU ${(of(ours, 'cpu') / of(theirs, 'cpu')).toFixed(3)}` : ''}   (target: at most 0.1)`);
}

const runs = Number(values.runs);
const count = Number(values.reports);
console.log('govreport check against markdownlint-cli2 on the same folders');
compare(`Real forms: ${REAL.length} sources round-robin (corpus: pasted, extracted, OCR, 2019 format; the canonical example)`, REAL, count, runs);
compare('Canonical copies: the canonical example', [EXAMPLE], count, runs);

const large = Number(values.large);
if (large > 0) {
  /** One run of govreport alone on a fresh folder, removed afterwards. */
  const alone = (n, nodeOptions = []) => {
    const dir = folder(REAL, n);
    try {
      return measure([...nodeOptions, cli, 'check', '.'], dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const small = completed(alone(count), 'govreport check');
  const big = completed(alone(large), 'govreport check');
  console.log(`\nMemory at audit scale: govreport check of ${large} reports in real forms`);
  console.log(`  wall ${s(big.wall)}${hasTime ? `   CPU ${s(big.cpu)}   peak RSS ${big.rss.toFixed(0)} MB (${count} reports: ${small.rss.toFixed(0)} MB)` : ''}`);
  // The bound: what a batch holds does not grow with its size (each file's model and text die
  // with its job; results past a budget wait on disk), so the JavaScript heap can be capped.
  // Exit status 1 is "errors found"; running out of heap aborts the process instead.
  const capped = alone(large, [`--max-old-space-size=${HEAP_BOUND_MB}`]);
  const held = capped.status === 0 || capped.status === 1;
  console.log(`  with the JavaScript heap capped at ${HEAP_BOUND_MB} MB (--max-old-space-size): ${held ? 'completed' : `FAILED (exit status ${capped.status})`}${hasTime ? `, peak RSS ${capped.rss.toFixed(0)} MB` : ''}   (bound: ${HEAP_BOUND_MB} MB of heap)`);
}
