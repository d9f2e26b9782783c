import { checkModel, parseReport, type Bilingual, type Range, type Severity, type SeveritySetting } from '../../engine';

/**
 * One unit of checking work: plain data in, plain data out, so that it runs the same on the
 * main thread and in a worker thread (where it crosses a structured-clone boundary).
 */
export interface CheckJob {
  readonly text: string;
  /** Last year's report, for the cross-year rules. */
  readonly previous?: string;
  /** Why the report the front matter names as last year's could not be read. */
  readonly previousUnreadable?: Bilingual;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export interface FileDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  /** 0-based LSP positions. */
  readonly range: Range;
}

export interface CheckedFile {
  readonly diagnostics: FileDiagnostic[];
  /** Set when the engine failed on this file (a bug): the batch goes on without it. */
  readonly failure?: Bilingual;
  /** What pairs the report with last year's: meta.agency and meta.year. */
  readonly agency?: string;
  readonly year?: number;
  /** The front matter's `previous:` path, and where it is written (for a diagnostic if unreadable). */
  readonly previousRef?: { readonly path: string; readonly range: Range };
}

/**
 * Never throws: an engine failure on one file (a bug) becomes that file's `failure`, so the
 * other files of a batch are still checked and reported.
 */
export function runCheckJob(job: CheckJob): CheckedFile {
  try {
    return checkJob(job);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      diagnostics: [],
      failure: {
        zh: `检查时内部出错（${detail}）；这是 govreport 的缺陷，请报告此问题`,
        en: `internal error while checking (${detail}); this is a bug in govreport, please report it`,
      },
    };
  }
}

function checkJob(job: CheckJob): CheckedFile {
  const model = parseReport(job.text);
  const previous = job.previous === undefined ? undefined : parseReport(job.previous);
  const diagnostics = checkModel(model, { rules: job.rules, previous, previousUnreadable: job.previousUnreadable }).map(
    (d): FileDiagnostic => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range }),
  );
  const ref = model.meta.previous;
  return {
    diagnostics,
    agency: model.meta.agency?.value,
    year: model.meta.year?.value,
    previousRef: ref && { path: ref.value, range: model.source.rangeOf(ref.span) },
  };
}
