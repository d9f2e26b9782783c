import type { Paragraph, SectionNode } from '../model';
import type { SourceText } from '../text/source';
import type { LineInfo } from './lines';

/**
 * Prose paragraphs with wrapped lines joined, so that a sentence broken across lines by
 * pdftotext (「答\n复 3050 件」) reads as one. Each character keeps its source offset, so a
 * figure found in the joined text has an exact range in the document.
 */
export function buildParagraphs(
  source: SourceText,
  lines: readonly LineInfo[],
  excluded: ReadonlySet<number>,
  sections: readonly SectionNode[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { lines: number[] } | undefined;
  const flush = () => {
    if (current) out.push(joinLines(source, lines, current.lines, sectionAt(sections, current.lines[0])));
    current = undefined;
  };
  for (const info of lines) {
    const isProse = (info.kind === 'text' || (info.kind === 'row' && info.form === 'tab')) && !excluded.has(info.line);
    if (!isProse) {
      flush();
      continue;
    }
    if (current && info.indent >= 2) flush();
    if (!current) current = { lines: [] };
    current.lines.push(info.line);
  }
  flush();
  return out;
}

function sectionAt(sections: readonly SectionNode[], line: number): string | undefined {
  for (const s of sections) if (line >= s.firstLine && line <= s.lastLine) return s.spec.id;
  return undefined;
}

function joinLines(source: SourceText, lines: readonly LineInfo[], which: readonly number[], sectionId: string | undefined): Paragraph {
  let text = '';
  const offsets: number[] = [];
  for (const l of which) {
    const info = lines[l];
    const raw = info.text;
    let i = 0;
    while (i < raw.length && /[ \t\u3000]/.test(raw[i])) i++;
    let end = raw.length;
    while (end > i && /[ \t\u3000]/.test(raw[end - 1])) end--;
    for (; i < end; i++) {
      // Emphasis markers are formatting, not words: skip them so patterns see plain text.
      if ((raw[i] === '*' && raw[i + 1] === '*') || (raw[i] === '_' && raw[i + 1] === '_')) {
        i++;
        continue;
      }
      text += raw[i];
      offsets.push(info.span.start + i);
    }
  }
  const first = which[0];
  const last = which[which.length - 1];
  return {
    text,
    firstLine: first,
    lastLine: last,
    span: { start: lines[first].span.start + lines[first].indent, end: lines[last].span.end },
    offsets: Int32Array.from(offsets),
    sectionId,
  };
}

/** Source span of characters [start, end) of a paragraph's joined text. */
export function paragraphSpan(p: Paragraph, start: number, end: number): { start: number; end: number } {
  const s = p.offsets[Math.min(start, p.offsets.length - 1)];
  const e = p.offsets[Math.max(0, Math.min(end, p.offsets.length) - 1)] + 1;
  return { start: s, end: Math.max(s, e) };
}
