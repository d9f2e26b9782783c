import type { PreviousReport } from './previous-reports';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { auditFacts, checkModel, LanguageIndex, type AuditFacts, type Diagnostic, type ReportModel, type SeveritySetting } from '../engine';

/** What analysing a document needs besides its text. */
export interface AnalysisContext {
  /** The text as a report model (with what the configuration file says of the agency). */
  parse(text: string): ReportModel;
  /** Per-rule severities from the settings and the configuration file. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Last year's report for the cross-year rules, if one is known. */
  previousFor(uri: string, model: ReportModel): PreviousReport;
}

/**
 * One version of one document, parsed and checked once. Every feature (diagnostics, hover,
 * code actions, lenses…) reads this; the language index behind hovers and hints is built on
 * first use and kept with the version.
 */
export class DocumentState {
  private indexCache?: LanguageIndex;
  private factsCache?: AuditFacts;

  constructor(
    readonly uri: string,
    /** The document version; undefined for a file read from disk. */
    readonly version: number | undefined,
    readonly lineCount: number,
    /** Undefined when the engine failed on this text (see `failure`). */
    readonly model: ReportModel | undefined,
    readonly diagnostics: readonly Diagnostic[],
    readonly parseMs: number,
    readonly checkMs: number,
    /** What went wrong inside the engine, for a diagnostic and the log. */
    readonly failure?: string,
    /** Last year's report the cross-year rules compared with, or why it could not be read. */
    readonly lastYear: PreviousReport = {},
  ) {}

  /** Last year's report the cross-year rules compared with (hovers and the comparison use it too). */
  get previous(): ReportModel | undefined {
    return this.lastYear.previous;
  }

  get index(): LanguageIndex | undefined {
    if (!this.model) return undefined;
    return (this.indexCache ??= new LanguageIndex(this.model, this.previous));
  }

  /** What this report tells the workspace audit (the tree view and the dashboard). */
  get facts(): AuditFacts | undefined {
    if (!this.model) return undefined;
    const { previous, previousUnreadable } = this.lastYear;
    const lastYear = previous ? { kind: 'found' as const } : previousUnreadable ? { kind: 'unreadable' as const, reason: previousUnreadable } : { kind: 'none' as const };
    return (this.factsCache ??= auditFacts(this.model, this.diagnostics, lastYear));
  }
}

/**
 * Parses and checks a text. Never throws: an engine exception leaves a state without a model
 * (features answer nothing) and with a failure to report, and the server goes on.
 */
export function analyze(uri: string, version: number | undefined, text: string, context: AnalysisContext): DocumentState {
  const t0 = performance.now();
  let model: ReportModel;
  try {
    model = context.parse(text);
  } catch (error) {
    return new DocumentState(uri, version, countLines(text), undefined, [], performance.now() - t0, 0, describe(error));
  }
  return analyzeParsed(uri, version, model, performance.now() - t0, context);
}

/** Checks a report already parsed (the workspace scan parses every report first, to know last year's). */
export function analyzeParsed(uri: string, version: number | undefined, model: ReportModel, parseMs: number, context: AnalysisContext): DocumentState {
  const t1 = performance.now();
  const lineCount = model.source.lineCount;
  try {
    const lastYear = context.previousFor(uri, model);
    const diagnostics = checkModel(model, { rules: context.rules, ...lastYear });
    return new DocumentState(uri, version, lineCount, model, diagnostics, parseMs, performance.now() - t1, undefined, lastYear);
  } catch (error) {
    return new DocumentState(uri, version, lineCount, model, [], parseMs, performance.now() - t1, describe(error));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The states of open documents, one per document version. A new version replaces the old;
 * a change of settings or of a report another depends on (`invalidate`) drops them all, to be
 * recomputed on next use.
 */
export class DocumentCache {
  private readonly states = new Map<string, DocumentState>();

  constructor(private readonly context: (uri: string) => AnalysisContext) {}

  /** The state of the document's current version, computed now if needed. */
  get(document: TextDocument): DocumentState {
    const cached = this.states.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const state = analyze(document.uri, document.version, document.getText(), this.context(document.uri));
    this.states.set(document.uri, state);
    return state;
  }

  /** The state if it is current, without computing anything. */
  peek(document: TextDocument): DocumentState | undefined {
    const cached = this.states.get(document.uri);
    return cached && cached.version === document.version ? cached : undefined;
  }

  invalidate(uri?: string): void {
    if (uri === undefined) this.states.clear();
    else this.states.delete(uri);
  }
}
