import type { ReportModel } from '../model';
import type { TextEdit } from '../text/edit';

/**
 * The draft's front matter: the new year, no publication date yet (the key stays, commented,
 * as the template writes an unknown value), and `previous:` naming last year's file. A report
 * without front matter gets one with those two keys.
 */
export function frontMatterEdits(previous: ReportModel, year: number, previousPath: string): TextEdit[] {
  const fm = previous.frontMatter;
  const src = previous.source;
  const eol = src.eol;
  const path = yamlString(previousPath);
  if (!fm) return [{ span: { start: 0, end: 0 }, newText: ['---', `year: ${year}`, `previous: ${path}`, '---', '', ''].join(eol) }];
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  const set = (key: string, value: string) => {
    const span = fm.valueSpans[key];
    if (span) edits.push({ span, newText: value });
    else if (fm.keySpans[key]) edits.push({ span: fm.keySpans[key], newText: `${key}: ${value}` });
    else missing.push(`${key}: ${value}`);
  };
  set('year', String(year));
  set('previous', path);
  if (fm.keySpans.published) edits.push({ span: fm.keySpans.published, newText: '# published:' });
  if (missing.length > 0) {
    // Before the closing delimiter: the block's last line.
    const closing = src.lineStarts[src.lineAt(fm.span.end)];
    edits.push({ span: { start: closing, end: closing }, newText: missing.map((l) => l + eol).join('') });
  }
  return edits;
}

/** A path as a YAML scalar: plain when it reads back as itself, else double-quoted (JSON is valid YAML). */
function yamlString(value: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/u.test(value) && value.trim() === value && !/:\s|\s#/.test(value);
  return plain ? value : JSON.stringify(value);
}
