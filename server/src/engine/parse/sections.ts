import { SECTIONS, type SectionSpec } from '../format';
import { editDistance, isPatternSpace, labelKey, splitNumbering } from '../text/normalize';
import type { Heading, SectionNode } from '../model';
import type { LineInfo } from './lines';

/**
 * Finds the six sections. A heading belongs to a section by its wording, not its number:
 * reports renumber (上海市科委 numbers 主动公开 as 一), wrap their own outlines in between
 * (二、工作机制保障), and write headings as Markdown, bold, or plain indented lines.
 */

export interface SectionCandidate {
  readonly spec: SectionSpec;
  readonly heading: Heading;
  readonly number?: number;
  readonly outdated: boolean;
}

const MAX_HEADING_CHARS = 40;

/** Whether a line's text is the heading of one of the six sections. */
export function matchSectionHeading(content: string, markdownHeading: boolean): { spec: SectionSpec; number?: number; outdated: boolean } | undefined {
  const text = content.replace(/\*\*|__/g, '').trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return undefined;
  const { numbering, rest } = splitNumbering(text);
  if (numbering && numbering.kind !== 'top') return undefined;
  // Plain lines must be numbered (一、…) to count as headings; prose rarely is.
  if (!numbering && !markdownHeading) return undefined;
  const key = labelKey(rest).replace(/[()]/g, '');
  if (key.length === 0 || key.length > 30 || /[。；]/.test(rest.replace(/[。；]$/, ''))) return undefined;
  for (const { spec, match } of SECTION_KEYS) {
    if (match.some((words) => words.every((w) => key.includes(w)))) {
      return { spec, number: numbering?.value, outdated: false };
    }
  }
  for (const { spec, outdated } of SECTION_KEYS) {
    if (outdated.some((w) => key === w || key.startsWith(w))) {
      return { spec, number: numbering?.value, outdated: true };
    }
  }
  const close = closeWording(key);
  return close ? { spec: close, number: numbering?.value, outdated: false } : undefined;
}

/** Each section's words as keys, computed once: every numbered line of every report is tested against them. */
const SECTION_KEYS = SECTIONS.map((spec) => ({ spec, match: spec.match.map((words) => words.map(labelKey)), outdated: spec.outdated.map(labelKey) }));

/** Official titles and their variants as keys, for the typo tolerance below. */
const WORDINGS = SECTIONS.flatMap((spec) => [spec.title, ...spec.variants].map((w) => ({ spec, key: labelKey(w) })));

/**
 * A heading one slip away from an official wording (「主动公开政府政府情况」) is that section with
 * a typo, not prose: at most one edit in five characters, and none in a title as short as 总体情况.
 */
function closeWording(key: string): SectionSpec | undefined {
  let best: { spec: SectionSpec; d: number } | undefined;
  for (const w of WORDINGS) {
    const max = Math.floor(w.key.length / 5);
    if (max === 0) continue;
    const d = editDistance(key, w.key, max);
    if (d <= max && (!best || d < best.d)) best = { spec: w.spec, d };
  }
  return best?.spec;
}

export function sectionCandidates(lines: readonly LineInfo[]): SectionCandidate[] {
  const out: SectionCandidate[] = [];
  for (const info of lines) {
    if (info.kind !== 'heading' && info.kind !== 'text') continue;
    // A plain line can only be a section heading if it is short and opens with a numeral.
    if (info.kind === 'text' && (info.content.length > MAX_HEADING_CHARS + 4 || !opensWithNumeral(info.content))) continue;
    const m = matchSectionHeading(info.content, info.kind === 'heading');
    if (!m) continue;
    const start = info.span.start + info.indent;
    out.push({
      spec: m.spec,
      number: m.number,
      outdated: m.outdated,
      heading: { line: info.line, span: { start, end: info.span.end }, text: info.content, level: info.level ?? 0 },
    });
  }
  return out;
}

/** `/^[*_\s]*[一二三四五六七八九十]/.test(text)`, as a scan: this runs on every short line. */
function opensWithNumeral(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 42 || text.charCodeAt(i) === 95 || isPatternSpace(text.charCodeAt(i)))) i++;
  return i < text.length && NUMERAL_CODES.has(text.charCodeAt(i));
}

const NUMERAL_CODES: ReadonlySet<number> = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/**
 * Assigns candidates to sections: the first heading of each section wins; later ones for
 * the same section are ordinary content. Returns sections in document order, each running
 * to the line before the next section's heading.
 */
export function buildSections(candidates: readonly SectionCandidate[], lastLine: number): SectionNode[] {
  const chosen: SectionCandidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.spec.id)) continue;
    seen.add(c.spec.id);
    chosen.push(c);
  }
  return chosen.map((c, i) => ({
    spec: c.spec,
    // Field by field, in the order a spread gave: a spread of an object is slow to copy.
    heading: { line: c.heading.line, span: c.heading.span, text: c.heading.text, level: c.heading.level, number: c.number, outdated: c.outdated },
    firstLine: c.heading.line + 1,
    lastLine: i + 1 < chosen.length ? chosen[i + 1].heading.line - 1 : lastLine,
    inferred: false,
  }));
}
