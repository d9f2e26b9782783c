import type { ReportModel } from '../model';
import { paragraphSpan } from '../parse/prose';
import type { Span } from '../text/source';

export interface PhraseHit {
  readonly span: Span;
  readonly text: string;
  /** Whether the hit lies on one source line (an edit can then replace it safely). */
  readonly oneLine: boolean;
  readonly where: 'prose' | 'heading';
}

/**
 * Every match of a pattern in the prose (wrapped lines joined) and in the headings.
 * `hints`: words one of which any match contains, so that paragraphs without them are skipped.
 */
export function findPhrases(model: ReportModel, re: RegExp, hints?: readonly string[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  // Most reports contain none of the words at all: one look at the whole text settles it.
  if (hints && !hints.some((h) => model.source.text.includes(h))) return out;
  const global = globalOf(re);
  const src = model.source;
  for (const p of model.paragraphs) {
    if (hints && !hints.some((h) => p.text.includes(h))) continue;
    for (const m of p.text.matchAll(global)) {
      const span = paragraphSpan(p, m.index!, m.index! + m[0].length);
      out.push({ span, text: m[0], oneLine: src.lineAt(span.start) === src.lineAt(Math.max(span.start, span.end - 1)), where: 'prose' });
    }
  }
  const headingLines = new Set<number>();
  for (const h of model.headings) headingLines.add(h.line);
  for (const s of model.sections) if (s.heading) headingLines.add(s.heading.line);
  for (const line of headingLines) {
    const text = src.lineText(line);
    const start = src.lineStarts[line];
    for (const m of text.matchAll(global)) {
      out.push({ span: { start: start + m.index!, end: start + m.index! + m[0].length }, text: m[0], oneLine: true, where: 'heading' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The global form of each pattern, made once: the rules ask with the same few patterns for every report. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return global;
}
