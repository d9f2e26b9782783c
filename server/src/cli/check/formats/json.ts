import type { Reporter } from './reporter';

/** The JSON contract of issue 2: `{"files":[{"path","diagnostics":[…]}]}`, 0-based LSP ranges; files not checked are left out. */
export function jsonReporter(): Reporter {
  let first = true;
  return {
    detail: 'plain',
    start: () => '{"files":[',
    file({ file, checked }) {
      if (!checked.facts) return '';
      const diagnostics = checked.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range }));
      const text = `${first ? '' : ','}${JSON.stringify({ path: file.display, diagnostics })}`;
      first = false;
      return text;
    },
    end: () => ']}\n',
  };
}
