#!/usr/bin/env node
// Keystroke latency of the language server, measured over the protocol (not a timed test:
// it prints numbers). Needs the built server: `node esbuild.mjs` first.
//
//   node scripts/bench-server.mjs [--changes 40] [--lines 10000] [--profile <dir>]
//
// --profile writes a V8 CPU profile of each server process into <dir> (node --cpu-prof).
//
// 1. A 10,000-line report (the canonical example — the corpus report of 孝义市 2024 with its
//    tables in canonical form — with its prose and tables repeated): for one-character changes,
//    the server's own work from didChange received to publishDiagnostics sent, debounce
//    excluded (GOVREPORT_TIMING=1 makes the server log it), and the client-side round trip
//    with the debounce set to 0. Target: under 20 ms.
// 2. The normal report: what the user sees, keystroke to diagnostics, with the default
//    debounce and with none.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const lsp = require('vscode-languageserver-protocol/node');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist/server.js');
const { values } = parseArgs({ options: { changes: { type: 'string', default: '40' }, lines: { type: 'string', default: '10000' }, profile: { type: 'string' } } });
const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
const CHANGES = Number(values.changes);
const TARGET_LINES = Number(values.lines);

if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `node esbuild.mjs` first');
  process.exit(2);
}

const example = readFileSync(join(root, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');

/**
 * The example grown to `target` lines: section 一's prose repeated under numbered sub-headings,
 * and after every few copies the canonical tables of table 三 and table 四 as appendix tables,
 * all inside section 一; sections 二 to 六 stay as they are. The copies keep their figures, so
 * the report stays as consistent as the example (a clean report is the common case).
 */
function largeReport(text, target) {
  const lines = text.split('\n');
  const s1 = lines.findIndex((l) => l.startsWith('## 一、'));
  const s2 = lines.findIndex((l) => l.startsWith('## 二、'));
  const prose = lines.slice(s1 + 1, s2);
  const tableAt = (header) => {
    const start = lines.findIndex((l) => l.startsWith(`| ${header}`));
    let end = start;
    while (lines[end + 1]?.startsWith('|')) end++;
    return lines.slice(start, end + 1);
  };
  const appendix = ['', ...tableAt('申请人情况'), '', ...tableAt('复议诉讼情况'), ''];
  const out = lines.slice(0, s1 + 1);
  const rest = lines.slice(s1 + 1);
  for (let i = 1; out.length + rest.length < target; i++) {
    out.push(`### （补${i}）工作情况`, '', ...prose);
    if (i % 4 === 0) out.push(`#### 附表${i / 4}`, ...appendix);
  }
  return [...out, ...rest].join('\n');
}

class Client {
  constructor(settings) {
    this.settings = settings;
    this.child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { env: { ...process.env, GOVREPORT_TIMING: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.timings = [];
    this.waiters = [];
    let pending = '';
    this.child.stderr.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      let nl;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith('govreport-timing ')) this.timings.push(JSON.parse(line.slice('govreport-timing '.length)));
      }
    });
    this.connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(this.child.stdout), new lsp.StreamMessageWriter(this.child.stdin));
    this.connection.onRequest(lsp.ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.connection.onRequest(lsp.RegistrationRequest.type, () => undefined);
    this.connection.onRequest(lsp.WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
      const at = performance.now();
      this.waiters = this.waiters.filter((w) => !(w.test(p) && (w.resolve({ p, at }), true)));
    });
    this.connection.listen();
  }
  async start() {
    await this.connection.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
    await this.connection.sendNotification(lsp.InitializedNotification.type, {});
  }
  published(test) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics within 60 s')), 60_000);
      this.waiters.push({ test, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  }
  async open(uri, text) {
    const done = this.published((p) => p.uri === uri && p.version === 1);
    await this.connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    return done;
  }
  /** Sends one change and resolves with the client-side round trip (ms) and the server's timing line. */
  async change(uri, version, change) {
    const done = this.published((p) => p.uri === uri && p.version === version);
    const sent = performance.now();
    await this.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const { at } = await done;
    // The timing line is written just before the publish; give stderr a moment to arrive.
    for (let i = 0; i < 50 && !this.timings.some((t) => t.version === version); i++) await new Promise((r) => setTimeout(r, 2));
    return { roundTrip: at - sent, server: this.timings.find((t) => t.version === version) };
  }
  async stop() {
    await this.connection.sendRequest(lsp.ShutdownRequest.type);
    await this.connection.sendNotification(lsp.ExitNotification.type);
    this.connection.dispose();
  }
}

/** One-character edits that alternate: type a character into a prose line, delete it; change a table figure, change it back. */
function keystrokes(text, count) {
  const lines = text.split('\n');
  const proseLine = lines.findIndex((l, i) => i > 30 && l.length > 40 && !l.startsWith('|') && !l.startsWith('#'));
  const cellLine = lines.findIndex((l) => l.startsWith('| 一、本年新收'));
  const cellChar = lines[cellLine].lastIndexOf('|') - 2;
  const out = [];
  for (let i = 0; i < count; i++) {
    const step = i % 4;
    if (step === 0) out.push({ range: pos(proseLine, 10, proseLine, 10), text: '字' });
    if (step === 1) out.push({ range: pos(proseLine, 10, proseLine, 11), text: '' });
    if (step === 2) out.push({ range: pos(cellLine, cellChar, cellLine, cellChar + 1), text: '1' });
    if (step === 3) out.push({ range: pos(cellLine, cellChar, cellLine, cellChar + 1), text: lines[cellLine][cellChar] });
  }
  return out;
}

function pos(l1, c1, l2, c2) {
  return { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const ms = (v) => `${v.toFixed(1)} ms`;
const row = (label, s) => console.log(`  ${label.padEnd(44)} median ${ms(s.median).padStart(9)}   p90 ${ms(s.p90).padStart(9)}   max ${ms(s.max).padStart(9)}`);

async function measure(label, text, settings, count) {
  const client = new Client(settings);
  await client.start();
  const uri = `file:///bench/${encodeURIComponent(label)}.govreport.md`;
  const opened = performance.now();
  const first = await client.open(uri, text);
  const openMs = first.at - opened;
  const results = [];
  let version = 1;
  for (const change of keystrokes(text, count)) results.push(await client.change(uri, ++version, change));
  await client.stop();
  // The first changes warm the JIT up; keep the steady state.
  const steady = results.slice(Math.min(4, Math.floor(results.length / 4)));
  return { openMs, diagnostics: first.p.diagnostics.length, steady, all: results };
}

const large = largeReport(example, TARGET_LINES);
const largeLines = large.split('\n').length;
console.log(`govreport language server — keystroke latency over LSP (node ${process.version})\n`);

const big = await measure('large', large, { debounce: 0 }, CHANGES);
console.log(`Large report: ${largeLines} lines, ${large.length} characters, ${big.diagnostics} diagnostics; first check after didOpen ${ms(big.openMs)}`);
console.log(`  one-character changes: ${big.all.length} (statistics over the last ${big.steady.length})`);
row('server work, didChange → publish (no debounce)', stats(big.steady.map((r) => r.server.workMs)));
row('  same, in CPU time of the server process', stats(big.steady.map((r) => r.server.cpuMs)));
row('  of which parse', stats(big.steady.map((r) => r.server.parseMs)));
row('  of which check (rules)', stats(big.steady.map((r) => r.server.checkMs)));
row('  of which apply change + convert + send', stats(big.steady.map((r) => r.server.applyMs + r.server.sendMs)));
row('client round trip (debounce 0)', stats(big.steady.map((r) => r.roundTrip)));
const target = stats(big.steady.map((r) => r.server.workMs)).median;
console.log(`  target: server work under 20 ms → ${target < 20 ? 'met' : 'NOT met'} (median ${ms(target)})\n`);

const exampleLines = example.split('\n').length;
const normalDefault = await measure('normal', example, {}, Math.min(CHANGES, 24));
const normalZero = await measure('normal-0', example, { debounce: 0 }, Math.min(CHANGES, 24));
console.log(`Normal report: ${exampleLines} lines (examples/孝义市2024年…govreport.md)`);
row('keystroke → diagnostics, default debounce', stats(normalDefault.steady.map((r) => r.roundTrip)));
row('keystroke → diagnostics, debounce 0', stats(normalZero.steady.map((r) => r.roundTrip)));
row('server work (debounce excluded)', stats(normalZero.steady.map((r) => r.server.workMs)));
row('  same, in CPU time of the server process', stats(normalZero.steady.map((r) => r.server.cpuMs)));
console.log(`\n(machine: ${(await import('node:os')).cpus().length} CPUs, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}: wall-clock figures grow with the load, CPU time much less)`);
