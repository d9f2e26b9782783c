import type { Bilingual } from '../engine';
import { msg } from './i18n';

/**
 * A failure the user can act on: bad usage or unreadable input. It ends the run with exit
 * status 2 and a one-line message; it is never shown with a stack trace.
 */
export class CliError extends Error {
  constructor(
    readonly text: Bilingual,
    /** Usage errors add a pointer to the command's --help. */
    readonly kind: 'usage' | 'input' = 'input',
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

export const usageError = (text: Bilingual) => new CliError(text, 'usage');
export const inputError = (text: Bilingual) => new CliError(text, 'input');

/** Exit statuses, as documented in `govreport --help`. */
export const EXIT = { ok: 0, errors: 1, failure: 2 } as const;

/** Several errors as one, a line each, so every bad file is named in one run. Anything that is
 * not a CliError is a bug and is rethrown as it is. */
export function combine(errors: readonly unknown[]): CliError {
  const bug = errors.find((e) => !(e instanceof CliError));
  if (bug !== undefined) throw bug;
  const list = errors as readonly CliError[];
  return inputError(msg(list.map((e) => e.text.zh).join('\n'), list.map((e) => e.text.en).join('\n')));
}
