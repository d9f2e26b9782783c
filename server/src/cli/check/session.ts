import { dirname, resolve } from 'node:path';
import type { ReportConfig } from '../config';
import type { Lang } from '../i18n';
import type { InputFile } from '../files/discover';
import { mapBounded, readReport } from '../files/read';
import type { CheckedFile, Detail, ReportSource } from './job';
import { pairByAgencyAndYear } from './pairing';
import { ResultStore } from './store';
import type { Runner } from './runner';

export interface Session {
  readonly files: readonly InputFile[];
  /** Each file's rule severities and agency, from its configuration file and the flags. */
  readonly configs: readonly ReportConfig[];
  readonly lang: Lang;
  readonly detail: Detail;
  readonly runner: Runner;
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream;
  /** Each file's final result, once, in input order; `previous` names last year's report when one was used. */
  emit(index: number, checked: CheckedFile, previous?: string): void;
  /** Jobs done of jobs known so far (the second pass adds to the total). */
  progress?(done: number, total: number): void;
}

/**
 * Checks every file, giving each the report of the year before when one is known. Which
 * report that is depends on what the engine reads (front matter `previous:`, or agency and
 * year), so the first pass checks every file alone and learns those facts; a second pass
 * re-checks only the files that have a previous report. No model and no text outlives its
 * job: what is held between the passes is each file's compact result.
 */
export async function checkSession(session: Session): Promise<void> {
  const { files, runner } = session;
  const stdin = files.some((f) => f.absolute === undefined) ? await readReport(files.find((f) => f.absolute === undefined)!, session.stdin) : undefined;
  const sourceOf = (i: number): ReportSource => (files[i].absolute === undefined ? { text: stdin?.ok ? stdin.text : '' } : { file: files[i] });
  const job = (i: number, previous?: ReportSource) => runner.run({ report: sourceOf(i), previous, ...session.configs[i], lang: session.lang, detail: session.detail });

  let done = 0;
  let total = files.length;
  const tick = () => session.progress?.(++done, total);
  const store = new ResultStore();
  try {
    // What pairing needs of each file is kept apart from its result, which may go to disk.
    const facts = await mapBounded(files, runner.capacity, async (file, i): Promise<PairingFacts> => {
      const result: CheckedFile = file.absolute === undefined && stdin && !stdin.ok ? { diagnostics: [], unreadable: stdin.reason } : await job(i);
      tick();
      store.put(i, result);
      return { checked: result.facts !== undefined, agency: result.facts?.agency, year: result.facts?.year, previousRef: result.previousRef?.path };
    });

    const plan = lastYearPlan(session, facts, sourceOf);
    total += plan.size;
    const limit = limiter(runner.capacity);
    const second = new Map([...plan].map(([i, last]) => [i, limit(() => job(i, last.source).then((r) => (tick(), r)))]));
    for (let i = 0; i < files.length; i++) {
      const again = second.get(i);
      const firstResult = store.take(i)!;
      session.emit(i, again ? await again : firstResult, plan.get(i)?.display);
      second.delete(i);
    }
  } finally {
    store.close();
  }
}

/** What the second pass needs to know of a file's first. */
interface PairingFacts {
  readonly checked: boolean;
  readonly agency?: string;
  readonly year?: number;
  readonly previousRef?: string;
}

interface LastYearSource {
  readonly source: ReportSource;
  readonly display: string;
}

/**
 * The front matter names last year's file explicitly, so it wins (a file that cannot be read is
 * reported by the second pass); otherwise a file of the same agency and the year before among
 * the inputs.
 */
function lastYearPlan(session: Session, first: readonly PairingFacts[], sourceOf: (i: number) => ReportSource): Map<number, LastYearSource> {
  const { files } = session;
  const inputs = new Map<string, number>();
  files.forEach((f, i) => f.absolute !== undefined && inputs.set(f.absolute, i));
  const pairs = pairByAgencyAndYear(first);
  const plan = new Map<number, LastYearSource>();
  first.forEach((facts, i) => {
    if (!facts.checked) return;
    const ref = facts.previousRef;
    if (!ref) {
      const paired = pairs.get(i);
      if (paired !== undefined) plan.set(i, { source: sourceOf(paired), display: files[paired].display });
      return;
    }
    const from = files[i].absolute;
    const absolute = resolve(from === undefined ? session.cwd : dirname(from), ref);
    const input = inputs.get(absolute);
    plan.set(i, input !== undefined ? { source: sourceOf(input), display: files[input].display } : { source: { file: { display: ref, absolute } }, display: ref });
  });
  return plan;
}

/** Runs the tasks given to it with at most `n` at once, in the order they were given. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
