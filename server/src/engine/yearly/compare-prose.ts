import { SECTIONS, type Bilingual } from '../format';
import type { Paragraph, ReportModel } from '../model';
import { diffSequences } from '../language/text-diff';
import { bigrams, dice } from '../analysis/similarity';
import { toChineseNumeral } from '../text/normalize';
import type { FindingsAt } from './compare-figures';
import type { ParagraphComparison, SectionComparison, SectionStatus } from './comparison';
import { wordDiff } from './word-diff';

/** Two paragraphs at least this similar are one paragraph rewritten, not one removed and one added. */
const SAME_PARAGRAPH = 0.5;
/** Paragraph alignment gives up (all replaced) past this many paragraphs changed in a section. */
const MAX_CHANGED_PARAGRAPHS = 500;
/** How far from its place a rewritten paragraph is looked for among last year's. */
const PAIRING_WINDOW = 8;

const OPENING: Bilingual = { zh: '开头（第一部分之前）', en: 'Opening (before section 一)' };

/** Each section's prose, last year's beside this year's: unchanged, or changed with a word-level diff. */
export function compareSections(last: ReportModel, current: ReportModel, findingsAt: FindingsAt): SectionComparison[] {
  const parts: { id: string | undefined; key: string; title: Bilingual }[] = [
    { id: undefined, key: 'opening', title: OPENING },
    ...SECTIONS.map((s) => {
      const title = `${toChineseNumeral(s.number)}、${s.title}`;
      return { id: s.id as string | undefined, key: s.id, title: { zh: title, en: title } };
    }),
  ];
  return parts.map(({ id, key, title }) => {
    const before = last.paragraphs.filter((p) => p.sectionId === id);
    const after = current.paragraphs.filter((p) => p.sectionId === id);
    const paragraphs = compareParagraphs(last, before, current, after, findingsAt);
    return { id: key, title, status: statusOf(before, after, paragraphs), paragraphs };
  });
}

function statusOf(before: readonly Paragraph[], after: readonly Paragraph[], paragraphs: readonly ParagraphComparison[]): SectionStatus {
  if (before.length === 0 && after.length === 0) return 'absent';
  if (before.length === 0) return 'added';
  if (after.length === 0) return 'removed';
  return paragraphs.every((p) => p.status === 'same') ? 'unchanged' : 'changed';
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Paragraphs aligned in order (equal texts anchor the alignment); within a stretch that
 * differs, each of this year's paragraphs is paired with the most similar of last year's left
 * unpaired, and diffed word by word.
 */
function compareParagraphs(last: ReportModel, before: readonly Paragraph[], current: ReportModel, after: readonly Paragraph[], findingsAt: FindingsAt): ParagraphComparison[] {
  const then = (p: Paragraph) => ({ text: p.text, range: last.source.rangeOf(p.span) });
  const now = (p: Paragraph) => ({ text: p.text, range: current.source.rangeOf(p.span), findings: findingsAt(p.span) });
  const hunks = diffSequences(before.map((p) => squeeze(p.text)), after.map((p) => squeeze(p.text)), MAX_CHANGED_PARAGRAPHS) ?? [
    { aStart: 0, aEnd: before.length, bStart: 0, bEnd: after.length },
  ];
  const out: ParagraphComparison[] = [];
  // Each paragraph's bigrams are counted once, however many neighbours it is measured against.
  const grams = new Map<Paragraph, Map<string, number>>();
  const gramsOf = (p: Paragraph) => grams.get(p) ?? grams.set(p, bigrams(p.text)).get(p)!;
  const same = (a: number, b: number) => {
    const { findings, ...side } = now(after[b]);
    out.push({ status: 'same', last: then(before[a]), this: side, similarity: 1, findings });
  };
  let ai = 0;
  let bi = 0;
  for (const h of hunks) {
    while (ai < h.aStart) same(ai++, bi++);
    const removed = before.slice(h.aStart, h.aEnd);
    const added = after.slice(h.bStart, h.bEnd);
    const paired = new Set<number>();
    added.forEach((p, j) => {
      // A rewritten paragraph stays near its place: look around the same relative position only,
      // so that the pairing stays linear however large the stretch that differs.
      const centre = Math.round((j * removed.length) / Math.max(1, added.length));
      let best = -1;
      let score = SAME_PARAGRAPH;
      for (let i = Math.max(0, centre - PAIRING_WINDOW); i < Math.min(removed.length, centre + PAIRING_WINDOW + 1); i++) {
        if (paired.has(i)) continue;
        const s = dice(gramsOf(removed[i]), gramsOf(p));
        if (s >= score) [best, score] = [i, s];
      }
      const { findings, ...side } = now(p);
      if (best < 0) {
        out.push({ status: 'added', this: side, findings });
        return;
      }
      paired.add(best);
      out.push({ status: 'changed', last: then(removed[best]), this: side, diff: wordDiff(removed[best].text, p.text), similarity: score, findings });
    });
    removed.forEach((r, i) => paired.has(i) || out.push({ status: 'removed', last: then(r), findings: [] }));
    ai = h.aEnd;
    bi = h.bEnd;
  }
  while (ai < before.length) same(ai++, bi++);
  return out;
}
