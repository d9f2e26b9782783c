// Benchmark: `govreport check` on a folder of 1,000 reports (copies of the corpus reports in
// ten sub-folders) against markdownlint-cli2 on the same folder. Prints wall-clock medians of
// several alternating runs and their ratio. Not a timed test.
//
//   node scripts/bench-cli.mjs [--reports 1000] [--runs 5]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
const root = resolve('.');
const corpus = join(root, 'test/fixtures/corpus');
const sources = readdirSync(corpus).filter((f) => !f.endsWith('.json') && f !== 'README.md').sort();
const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
const count = Number(values.reports);
for (let i = 0; i < count; i++) {
  const sub = join(dir, `d${i % 10}`);
  mkdirSync(sub, { recursive: true });
  const source = sources[i % sources.length];
  copyFileSync(join(corpus, source), join(sub, `${String(i).padStart(4, '0')}-${source.split('.')[0]}政府信息公开工作年度报告.md`));
}

const cli = join(root, 'dist/cli.js');
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const time = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ours = [];
const theirs = [];
try {
  for (let i = 0; i < Number(values.runs); i++) {
    ours.push(time([cli, 'check', '.']));
    theirs.push(time([markdownlint, '**/*.md']));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const a = median(ours);
const b = median(theirs);
console.log(`Checking a folder of ${count} reports (${sources.length} corpus reports copied round-robin), median of ${ours.length} runs:`);
console.log(`  govreport check          ${(a / 1000).toFixed(2)} s   (runs: ${ours.map((x) => (x / 1000).toFixed(2)).join(', ')})`);
console.log(`  markdownlint-cli2        ${(b / 1000).toFixed(2)} s   (runs: ${theirs.map((x) => (x / 1000).toFixed(2)).join(', ')})`);
console.log(`  ratio                    ${(a / b).toFixed(3)} (target: under 0.1)`);
