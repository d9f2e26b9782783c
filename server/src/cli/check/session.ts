import { dirname, resolve } from 'node:path';
import type { SeveritySetting } from '../../engine';
import type { InputFile } from '../files/discover';
import { readReport, type ReadResult } from '../files/read';
import type { CheckedFile } from './job';
import { pairByAgencyAndYear } from './pairing';
import type { Runner } from './runner';

export interface Session {
  readonly files: readonly InputFile[];
  /** The decoded text of each file, in the same order. */
  readonly texts: readonly string[];
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly runner: Runner;
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream;
}

/**
 * Checks every file, giving each the report of the year before when one is known. Which
 * report that is depends on what the engine reads (front matter `previous:`, or agency and
 * year), so the first pass checks every file alone and learns those facts; a second pass
 * re-checks only the files that have a previous report. Holding every model in memory instead
 * would cost ~80 KB per report; re-checking costs nothing when no file has a pair.
 */
export async function checkSession(session: Session): Promise<CheckedFile[]> {
  const { texts, rules, runner } = session;
  const first = await Promise.all(texts.map((text) => runner.run({ text, rules })));
  const lastYear = lastYearFinder(session, first);
  return Promise.all(
    first.map(async (checked, i) => {
      if (checked.failure) return checked;
      const found = await lastYear(i);
      if (found.ok) return runner.run({ text: texts[i], previous: found.text, rules });
      if (found.reason && checked.previousRef) return runner.run({ text: texts[i], rules, previousUnreadable: found.reason });
      return checked;
    }),
  );
}

type LastYear = ReadResult | { readonly ok: false; readonly reason?: undefined };

/**
 * The front matter names last year's file explicitly, so it wins; otherwise a file of the same
 * agency and the year before among the inputs. Each file is read once however often it is named.
 */
function lastYearFinder(session: Session, first: readonly CheckedFile[]): (index: number) => Promise<LastYear> {
  const { files, texts } = session;
  const inputs = new Map<string, number>();
  files.forEach((f, i) => f.absolute !== undefined && inputs.set(f.absolute, i));
  const pairs = pairByAgencyAndYear(first);
  const reads = new Map<string, Promise<ReadResult>>();

  return async (index) => {
    const ref = first[index].previousRef;
    if (!ref) {
      const paired = pairs.get(index);
      return paired === undefined ? { ok: false } : { ok: true, text: texts[paired], bom: false };
    }
    const from = files[index].absolute;
    const absolute = resolve(from === undefined ? session.cwd : dirname(from), ref.path);
    const input = inputs.get(absolute);
    if (input !== undefined) return { ok: true, text: texts[input], bom: false };
    let read = reads.get(absolute);
    if (!read) {
      read = readReport({ display: ref.path, absolute }, session.stdin);
      reads.set(absolute, read);
    }
    return read;
  };
}
