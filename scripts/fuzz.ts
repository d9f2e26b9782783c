// The fuzzing campaign before a release: `npm run fuzz -- [--seed N] [--duration 10m] [--only TEXT]
// [--out DIR] [--no-server]`. The engine's properties (test/fuzz/properties.ts) run in a worker
// thread with fresh seeds until the time is up, watched for hangs; random language-server sessions
// (test/fuzz/lsp-session.ts) run alongside against the built server. Every failure is shrunk by
// fast-check and written, once per distinct message, to DIR (default fuzz-findings/, gitignored):
// finding.json (property, seed, path, error, counterexample) and input.govreport.md. Replay one
// with `npm run fuzz -- --replay DIR/<finding>`. Exit status 1 when anything was found.
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ENGINE_PROPERTIES } from '../test/fuzz/properties';
import { noSessions, runSession, session, type SessionCounts } from '../test/fuzz/lsp-session';
import { ensureServerBuilt } from '../test/protocol/lsp-client';

interface Options {
  readonly seed: number;
  readonly ms: number;
  readonly only?: string;
  readonly out: string;
  readonly server: boolean;
  readonly replay?: string;
}

interface Finding {
  readonly property: string;
  readonly seed: number;
  readonly path?: string;
  readonly error: string;
  readonly counterexample: string;
  readonly document?: string;
}

type Message = { kind: 'start'; property: string; seed: number } | { kind: 'alive' } | { kind: 'ran'; property: string; runs: number } | { kind: 'finding'; finding: Finding };

const HANG_MS = 120_000;
const SERVER_PROPERTY = 'language-server session';
const BATCH = 25;
const PROGRESS_MS = 5 * 60_000;

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s);
  if (!m) throw new Error(`bad duration ${s} (e.g. 90s, 10m, 1h)`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 'm']!;
}

function parseArgs(argv: readonly string[]): Options {
  let seed = Date.now() % 2 ** 31;
  let ms = 10 * 60_000;
  let only: string | undefined;
  let out = 'fuzz-findings';
  let server = true;
  let replay: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--duration') ms = parseDuration(argv[++i]);
    else if (a === '--only') only = argv[++i];
    else if (a === '--out') out = argv[++i];
    else if (a === '--no-server') server = false;
    else if (a === '--replay') replay = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  return { seed, ms, only, out, server, replay };
}

/** The worker: properties round-robin with fresh seeds until the deadline. */
function engineWorker(o: Options & { deadline: number }): void {
  const post = (m: Message) => parentPort!.postMessage(m);
  const properties = ENGINE_PROPERTIES.filter((p) => !o.only || p.name.includes(o.only));
  for (let round = 0; Date.now() < o.deadline; round++) {
    for (const p of properties) {
      if (Date.now() >= o.deadline) break;
      const seed = (o.seed + round * 7919 + properties.indexOf(p)) % 2 ** 31;
      post({ kind: 'start', property: p.name, seed });
      // A heartbeat before every run, shrinking included: a hang is one run that does not end, not a
      // long shrink (a failing 9 KB report takes hundreds of runs to shrink on a loaded machine).
      const r = fc.check<[unknown]>(p.property(), { seed, numRuns: BATCH, plugins: [fc.beforeEach(() => post({ kind: 'alive' }))] });
      post({ kind: 'ran', property: p.name, runs: r.numRuns });
      if (r.failed) {
        const value = r.counterexample?.[0];
        post({ kind: 'finding', finding: { property: p.name, seed, path: r.counterexamplePath ?? undefined, error: String(r.errorInstance), counterexample: fc.stringify(r.counterexample), document: value === undefined ? undefined : p.document(value) } });
      }
    }
  }
}

function record(o: Options, seen: Set<string>, f: Finding): void {
  // One reproducer per distinct failure (figures and positions aside), not one per seed.
  const key = `${f.property}\u0000${f.error.split('\n')[0].replace(/\d+/g, 'N')}`;
  if (seen.has(key)) return;
  seen.add(key);
  const dir = join(o.out, `${String(seen.size).padStart(3, '0')}-${f.property.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 50)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'finding.json'), JSON.stringify({ ...f, document: undefined }, null, 2) + '\n');
  if (f.document !== undefined) writeFileSync(join(dir, 'input.govreport.md'), f.document);
  console.log(`FOUND ${f.property}: ${f.error.split('\n')[0]}\n  → ${dir}`);
}

async function serverCampaign(o: Options, deadline: number, seen: Set<string>, counts: SessionCounts): Promise<void> {
  ensureServerBuilt();
  for (let round = 0; Date.now() < deadline; round++) {
    const seed = (o.seed + round * 104_729) % 2 ** 31;
    const r = await fc.check(
      fc.asyncProperty(session('max'), (s) => runSession(s, counts)),
      { seed, numRuns: 5 },
    );
    if (r.failed) record(o, seen, { property: SERVER_PROPERTY, seed, path: r.counterexamplePath ?? undefined, error: String(r.errorInstance), counterexample: fc.stringify(r.counterexample) });
  }
}

async function replay(dir: string): Promise<void> {
  const f = JSON.parse(readFileSync(join(dir, 'finding.json'), 'utf8')) as Finding;
  const property = f.property === SERVER_PROPERTY ? fc.asyncProperty(session('max'), (s) => runSession(s)) : ENGINE_PROPERTIES.find((p) => p.name === f.property)!.property();
  const r = await fc.check(property as fc.IAsyncProperty<[unknown]>, { seed: f.seed, path: f.path, endOnFailure: true });
  console.log(r.failed ? `still fails: ${String(r.errorInstance)}` : 'passes now');
  process.exitCode = r.failed ? 1 : 0;
}

/**
 * The engine's properties in a worker thread, watched: a batch that does not finish in time is a
 * hang (recorded, the worker ended), and a fresh worker with a derived seed carries on until the deadline.
 */
async function engineCampaign(o: Options, deadline: number, seen: Set<string>, runs: Map<string, number>): Promise<void> {
  if (!ENGINE_PROPERTIES.some((p) => !o.only || p.name.includes(o.only))) return;
  for (let restart = 0; Date.now() < deadline; restart++) {
    const seed = (o.seed + restart * 1_000_003) % 2 ** 31;
    await new Promise<void>((done) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { ...o, seed, deadline } });
      let current = { property: '', seed: 0, since: Date.now() };
      const watchdog = setInterval(() => {
        if (Date.now() - current.since < HANG_MS) return;
        record(o, seen, { property: current.property, seed: current.seed, error: `hang: one run took over ${HANG_MS / 1000} s`, counterexample: '' });
        void worker.terminate();
      }, 5000);
      worker.on('message', (m: Message) => {
        if (m.kind === 'start') current = { property: m.property, seed: m.seed, since: Date.now() };
        else if (m.kind === 'alive') current.since = Date.now();
        else if (m.kind === 'ran') runs.set(m.property, (runs.get(m.property) ?? 0) + m.runs);
        else record(o, seen, m.finding);
      });
      worker.on('error', (e) => record(o, seen, { property: current.property, seed: current.seed, error: `the worker died: ${e.stack ?? e}`, counterexample: '' }));
      worker.on('exit', () => {
        clearInterval(watchdog);
        done();
      });
    });
  }
}

const sum = (runs: Map<string, number>) => [...runs.values()].reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.replay) return replay(o.replay);
  const started = Date.now();
  const deadline = started + o.ms;
  const seen = new Set<string>();
  console.log(`fuzzing with seed ${o.seed} for ${Math.round(o.ms / 1000)} s; findings go to ${resolve(o.out)}`);
  const runs = new Map<string, number>();
  const counts = noSessions();
  // A line every few minutes, so that a long run's log shows how far it got even if it is stopped.
  const progress = setInterval(() => {
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    console.log(`[${minutes} min] ${sum(runs)} engine runs, ${counts.sessions} server sessions (${counts.requests} requests), ${seen.size} finding(s)`);
  }, PROGRESS_MS);
  const engine = engineCampaign(o, deadline, seen, runs);
  const server = o.server && (!o.only || SERVER_PROPERTY.includes(o.only)) ? serverCampaign(o, deadline, seen, counts) : Promise.resolve();
  await Promise.all([engine, server]);
  clearInterval(progress);
  for (const [name, n] of runs) console.log(`${String(n).padStart(7)}  ${name}`);
  console.log(`${String(sum(runs)).padStart(7)}  engine runs in all (each one report through its property)`);
  console.log(`${String(counts.sessions).padStart(7)}  language-server sessions: ${counts.requests} requests, ${counts.changes} opens/changes/closes, ${counts.malformed} malformed messages`);
  console.log(`ran ${((Date.now() - started) / 60_000).toFixed(1)} min with seed ${o.seed}`);
  console.log(seen.size === 0 ? 'nothing found' : `${seen.size} distinct finding(s) in ${resolve(o.out)}`);
  // Exit explicitly: after a worker was ended for a hang, the process was seen to stay alive
  // once the summary was written (an hour's run did not return).
  process.exit(seen.size === 0 ? 0 : 1);
}

if (isMainThread) await main();
else engineWorker(workerData as Options & { deadline: number });
