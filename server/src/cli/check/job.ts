import { auditFacts, checkModel, parseReport, withAgencyDefaults, type AgencyDefaults, type AuditFacts, type Bilingual, type Diagnostic, type LastYear, type Range, type ReportModel, type Severity, type SeveritySetting } from '../../engine';
import type { Origin, SourceFormat } from '../../import';
import { originText } from '../../import/origin';
import type { Lang } from '../i18n';
import type { InputFile } from '../files/discover';
import type { Imported } from '../files/import';
import { readReport } from '../files/read';

/**
 * One unit of checking work: plain data in, plain data out, so that it runs the same on the
 * main thread and in a worker thread (where it crosses a structured-clone boundary). The job
 * names its file rather than carrying its text: the thread that checks a report reads it, so
 * the main thread neither reads nor copies ten thousand texts.
 */
export interface CheckJob {
  readonly report: ReportSource;
  /** Last year's report, for the cross-year rules. */
  readonly previous?: ReportSource;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Who reports, when the configuration file says so (the front matter still wins). */
  readonly agency?: AgencyDefaults;
  readonly lang: Lang;
  /** What each diagnostic carries besides rule, severity, message and range. */
  readonly detail: Detail;
}

/** A file to read, or a text already read (standard input). */
export type ReportSource = { readonly file: InputFile } | { readonly text: string };

/** `source`: the line each finding starts on (the HTML page); `fixes`: the fixes (SARIF). */
export type Detail = 'plain' | 'source' | 'fixes';

export interface FileDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  /** In the language of the job. */
  readonly message: string;
  /** 0-based LSP positions. */
  readonly range: Range;
  readonly line?: string;
  /** For a Word document, web page or PDF: where the finding is in the original, and that in words. */
  readonly origin?: { readonly where: Origin; readonly text: string };
  readonly fixes?: readonly { readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[];
}

export interface CheckedFile {
  readonly diagnostics: FileDiagnostic[];
  /** Why the file could not be read: it was not checked. */
  readonly unreadable?: Bilingual;
  /** Set when the engine failed on this file (a bug): the batch goes on without it. */
  readonly failure?: Bilingual;
  readonly facts?: AuditFacts;
  /** The file was a Word document, web page or PDF, checked as the report imported from it. */
  readonly imported?: SourceFormat;
  /** The front matter's `previous:` path, and where it is written. */
  readonly previousRef?: { readonly path: string; readonly range: Range };
}

/**
 * Never throws: an unreadable file becomes `unreadable`, an engine failure on one file (a bug)
 * becomes that file's `failure`, so the other files of a batch are still checked and reported.
 */
export async function runCheckJob(job: CheckJob): Promise<CheckedFile> {
  const report = await readSource(job.report);
  if (!report.ok) return { diagnostics: [], unreadable: report.reason };
  try {
    return await checkJob(job, report.text, report.imported);
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

async function checkJob(job: CheckJob, text: string, imported: Imported | undefined): Promise<CheckedFile> {
  const model = withAgencyDefaults(parseReport(text), job.agency);
  let previous: ReportModel | undefined;
  let lastYear: LastYear = { kind: 'none' };
  if (job.previous) {
    const last = await readSource(job.previous);
    if (last.ok) {
      previous = parseReport(last.text);
      lastYear = { kind: 'found' };
    } else lastYear = { kind: 'unreadable', reason: last.reason };
  }
  const previousUnreadable = lastYear.kind === 'unreadable' ? lastYear.reason : undefined;
  const diagnostics = checkModel(model, { rules: job.rules, previous, previousUnreadable });
  const ref = model.meta.previous;
  return {
    diagnostics: diagnostics.map((d) => withOrigin(fileDiagnostic(d, model, job), imported, job.lang)),
    facts: auditFacts(model, diagnostics, lastYear),
    imported: imported?.format,
    previousRef: ref && { path: ref.value, range: model.source.rangeOf(ref.span) },
  };
}

function fileDiagnostic(d: Diagnostic, model: ReportModel, { lang, detail }: CheckJob): FileDiagnostic {
  const plain = { rule: d.rule, severity: d.severity, message: d.message[lang], range: d.range };
  if (detail === 'source') return { ...plain, line: model.source.lineText(d.range.start.line) };
  if (detail === 'fixes') return { ...plain, fixes: d.fixes.map((f) => ({ title: f.title[lang], edits: f.edits.map((e) => ({ range: e.range, newText: e.newText })) })) };
  return plain;
}

/** Where in the original an imported file's finding is: the origin of the line it starts on. */
function withOrigin(d: FileDiagnostic, imported: Imported | undefined, lang: Lang): FileDiagnostic {
  const where = imported?.origins[d.range.start.line];
  return where ? { ...d, origin: { where, text: originText(where)[lang] } } : d;
}

type Read = { readonly ok: true; readonly text: string; readonly imported?: Imported } | { readonly ok: false; readonly reason: Bilingual };

async function readSource(source: ReportSource): Promise<Read> {
  if ('text' in source) return { ok: true, text: source.text };
  // Standard input is read by the main thread and sent as text: a file here always has a path.
  return readReport(source.file, process.stdin);
}
