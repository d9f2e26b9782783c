import { htmlReporter } from './html';
import { jsonReporter } from './json';
import { junitReporter } from './junit';
import type { Reporter, ReporterOptions } from './reporter';
import { sarifReporter } from './sarif';
import { summaryReporter } from './summary';
import { textReporter } from './text';

/** The values of `check --format`, in the order --help lists them. */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function reporterFor(format: Format, summary: boolean, options: ReporterOptions): Reporter {
  if (summary) return summaryReporter(format === 'json' ? 'json' : 'text', options.lang);
  switch (format) {
    case 'text':
      return textReporter();
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(options);
    case 'junit':
      return junitReporter(options);
    case 'html':
      return htmlReporter(options);
  }
}

export type { FileOutcome, Reporter, ReporterOptions } from './reporter';
