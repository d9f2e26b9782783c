import type { Bilingual } from '../../../engine';
import type { Lang } from '../../i18n';
import type { InputFile } from '../../files/discover';
import type { CheckedFile, Detail } from '../job';

/** One file's final result, as the output formats receive it. */
export interface FileOutcome {
  readonly file: InputFile;
  readonly checked: CheckedFile;
  /** Last year's report, as named on the command line or in the front matter. */
  readonly previous?: string;
}

/**
 * An output format. The command writes what `start` and `file` return as soon as they return
 * it, so a format that can stream does; one that needs the whole audit first (the HTML page
 * opens with its summary) keeps what it needs and returns it from `end`.
 */
export interface Reporter {
  /** What the checking threads must add to each diagnostic for this format. */
  readonly detail: Detail;
  start(): string;
  /** Called in input order for every file, checked or not (then `checked.unreadable` or `checked.failure` says why). */
  file(outcome: FileOutcome, index: number): string;
  /** After every file; `notFound`: paths that named nothing to check (one reason each). */
  end(notFound: readonly Bilingual[]): string;
}

export interface ReporterOptions {
  readonly lang: Lang;
  /** Rule severities set with --rule (off rules are not run). */
  readonly rules: Readonly<Record<string, string>>;
  /** Folder of the rule documentation pages shipped beside the bundle. */
  readonly docsDir: string;
  readonly cwd: string;
  /** The run's start, for formats that record it. */
  readonly now: Date;
}

/** Why a file was not checked, in the output language; undefined when it was. */
export function notChecked(outcome: FileOutcome, lang: Lang): string | undefined {
  const reason = outcome.checked.unreadable ?? outcome.checked.failure;
  if (!reason) return undefined;
  // Read failures already name the file; engine failures do not.
  return outcome.checked.unreadable ? reason[lang] : `${outcome.file.display}${lang === 'zh' ? '：' : ': '}${reason[lang]}`;
}

/** One diagnostic, one line. Messages almost never break lines: test before paying for a regex. */
export function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text;
}
