import type { Reporter } from './reporter';
import { oneLine } from './reporter';

/** `path:line:col severity rule message`, 1-based, one line each: grep- and editor-friendly. */
export function textReporter(): Reporter {
  return {
    detail: 'plain',
    start: () => '',
    file({ file, checked }) {
      let out = '';
      for (const d of checked.diagnostics) {
        const { line, character } = d.range.start;
        // An imported file's finding also says where it is in the original: [page 3 of the PDF].
        const where = d.origin ? ` [${d.origin.text}]` : '';
        out += `${file.display}:${line + 1}:${character + 1} ${d.severity} ${d.rule} ${oneLine(d.message)}${where}\n`;
      }
      return out;
    },
    end: () => '',
  };
}
