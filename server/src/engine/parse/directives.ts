import type { Directive } from '../model';
import type { LineInfo } from './lines';

/** Suppression comments: <!-- govreport-disable rule-a rule-b -->, -enable, -disable-next-line. */
const DIRECTIVE = /<!--\s*govreport-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function findDirectives(lines: readonly LineInfo[], text: string): Directive[] {
  const out: Directive[] = [];
  // Most reports have none: one search of the text instead of one per line.
  if (!text.includes('govreport-')) return out;
  for (const info of lines) {
    if (info.kind === 'code' || info.kind === 'fence' || info.kind === 'front-matter' || !info.text.includes('govreport-')) continue;
    for (const m of info.text.matchAll(DIRECTIVE)) {
      const rules = m[2]
        .split(/[\s,，]+/)
        .map((r) => r.trim())
        .filter(Boolean);
      out.push({
        kind: m[1] as Directive['kind'],
        rules,
        line: info.line,
        span: { start: info.span.start + m.index!, end: info.span.start + m.index! + m[0].length },
      });
    }
  }
  return out;
}
