import type { Position, Span } from '../text/source';
import type { LanguageIndex } from './language-index';
import { escapeMarkdown } from './markdown';
import { computationLine, inlayLabel, namesLine } from './totals';
import type { Lang } from './types';

export interface InlayHintEntry {
  /** Just after the total's figure. */
  readonly position: Position;
  readonly offset: number;
  /** 「= 70 ✓」 */
  readonly label: string;
  /** Markdown: the equation in words and in figures. */
  readonly tooltip: string;
}

/**
 * The computed sum beside each total cell of tables 三 and 四: 「= 70 ✓」 when the written
 * total agrees, 「= 70 ✗」 when it does not. Only hints inside `within` when given (editors ask
 * for the visible lines only).
 */
export function inlayHints(index: LanguageIndex, lang: Lang, within?: Span): InlayHintEntry[] {
  const out: InlayHintEntry[] = [];
  for (const view of index.totals.values()) {
    const offset = view.cell.span.end;
    if (within && (offset < within.start || offset > within.end)) continue;
    const label = inlayLabel(view);
    if (!label) continue;
    const tooltip = view.evaluated.map((eq) => `${escapeMarkdown(eq.scope[lang])}：${escapeMarkdown(namesLine(eq))}\n\n${computationLine(eq)}`).join('\n\n');
    out.push({ position: index.model.source.positionAt(offset), offset, label, tooltip });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
