import type { Diagnostic } from '../check/run';
import type { SourceText, Span } from '../text/source';
import type { Mark } from './types';

/**
 * Hands each diagnostic to the one element of the layout it concerns: first the table cells
 * (a diagnostic inside a cell's text marks that cell), then whole tables, headings and prose
 * by line. A diagnostic is claimed once, so nothing is marked twice; whatever no element
 * claims stays in `rest` (shown with the document, and always counted in the summary).
 */
export class MarkIndex {
  private readonly pending: Diagnostic[];

  constructor(
    private readonly source: SourceText,
    diagnostics: readonly Diagnostic[],
  ) {
    // Hints are for the editor (faded text); the preview marks what needs attention.
    this.pending = diagnostics.filter((d) => d.severity !== 'hint');
  }

  /** Diagnostics lying within a cell: its text, or for a blank cell the zero-width point or the separator after it. */
  takeSpan(span: Span, widened?: Span): Mark[] {
    return this.take((d) => within(d.span, span) || (widened !== undefined && within(d.span, widened)));
  }

  /** Diagnostics that start on one of the lines [first, last] (and pass `filter`). */
  takeLines(first: number, last: number, filter: (rule: string, line: number) => boolean = () => true): Mark[] {
    return this.take((d) => {
      const line = this.source.lineAt(d.span.start);
      return line >= first && line <= last && filter(d.rule, line);
    });
  }

  /** Diagnostics that no element claimed. */
  rest(): Mark[] {
    return this.take(() => true);
  }

  private take(test: (d: Diagnostic) => boolean): Mark[] {
    const out: Mark[] = [];
    for (let i = 0; i < this.pending.length; ) {
      const d = this.pending[i];
      if (test(d)) {
        out.push({ rule: d.rule, severity: d.severity, message: d.message, range: d.range });
        this.pending.splice(i, 1);
      } else i++;
    }
    return out;
  }
}

function within(inner: Span, outer: Span): boolean {
  if (outer.start === outer.end) return inner.start === outer.start && inner.end <= outer.start + 1;
  return inner.start >= outer.start && inner.end <= outer.end;
}
