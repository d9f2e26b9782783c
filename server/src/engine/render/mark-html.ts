import type { Severity } from '../rules/types';
import { escapeHtml } from './escape';
import type { Mark } from './types';

/**
 * How a mark looks: a class for the colour and outline style, and a symbol whose shape tells
 * the severity without colour (for colour-blind readers and for print in black and white).
 */
export const SYMBOLS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '·' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The most severe of the marks. */
export function worst(marks: readonly Mark[]): Severity {
  return marks.reduce<Severity>((w, m) => (RANK[m.severity] < RANK[w] ? m.severity : w), 'hint');
}

/** Tooltip text: every message, one a line, with its rule id. Escaped by the caller (attribute). */
export function tooltip(marks: readonly Mark[], lang: 'zh' | 'en'): string {
  return marks.map((m) => `${SYMBOLS[m.severity]} ${m.message[lang]} [${m.rule}]`).join('\n');
}

/** The visible symbol, as an element. aria-hidden: the tooltip on the marked element carries the meaning. */
export function symbolHtml(marks: readonly Mark[]): string {
  const severity = worst(marks);
  return `<span class="gr-mark gr-${severity}" aria-hidden="true">${SYMBOLS[severity]}</span>`;
}

/** Class and title attributes for a marked element (leading space included), or '' when unmarked. */
export function markAttrs(marks: readonly Mark[], lang: 'zh' | 'en'): { classes: string; title: string } {
  if (marks.length === 0) return { classes: '', title: '' };
  return { classes: ` gr-marked gr-${worst(marks)}`, title: ` title="${escapeHtml(tooltip(marks, lang))}"` };
}
