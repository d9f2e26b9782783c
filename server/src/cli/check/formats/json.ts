import type { Reporter } from './reporter';

/** The JSON contract of issue 2: `{"files":[{"path","diagnostics":[…]}]}`, 0-based LSP ranges; files not checked are left out. */
export function jsonReporter(): Reporter {
  let first = true;
  return {
    detail: 'plain',
    start: () => '{"files":[',
    file({ file, checked }) {
      if (!checked.facts) return '';
      const diagnostics = checked.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range, ...(d.origin ? { origin: d.origin.where } : {}) }));
      // An imported file: what it was, and where each finding is in the original.
      const text = `${first ? '' : ','}${JSON.stringify({ path: file.display, ...(checked.imported ? { imported: checked.imported } : {}), diagnostics })}`;
      first = false;
      return text;
    },
    end: () => ']}\n',
  };
}
