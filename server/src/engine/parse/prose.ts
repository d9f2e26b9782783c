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
  // First pass: the trimmed extent of each line, to size the offset map once.
  const parts: { start: number; end: number; text: string; plain: boolean }[] = [];
  let length = 0;
  for (const l of which) {
    const raw = lines[l].text;
    let i = 0;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    let end = raw.length;
    while (end > i && isSpace(raw.charCodeAt(end - 1))) end--;
    const plain = raw.indexOf('**', i) < 0 && raw.indexOf('__', i) < 0;
    parts.push({ start: i, end, text: raw, plain });
    length += end - i;
  }
  const offsets = new Int32Array(length);
  const chunks: string[] = [];
  let at = 0;
  which.forEach((l, k) => {
    const { start, end, text: raw, plain } = parts[k];
    const base = lines[l].span.start;
    if (plain) {
      chunks.push(raw.slice(start, end));
      for (let i = start; i < end; i++) offsets[at++] = base + i;
      return;
    }
    // Emphasis markers are formatting, not words: skip them so patterns see plain text.
    let piece = '';
    for (let i = start; i < end; i++) {
      if ((raw[i] === '*' && raw[i + 1] === '*') || (raw[i] === '_' && raw[i + 1] === '_')) {
        i++;
        continue;
      }
      piece += raw[i];
      offsets[at++] = base + i;
    }
    chunks.push(piece);
  });
  const first = which[0];
  const last = which[which.length - 1];
  return {
    text: chunks.join(''),
    firstLine: first,
    lastLine: last,
    span: { start: lines[first].span.start + lines[first].indent, end: lines[last].span.end },
    offsets: at === length ? offsets : offsets.slice(0, at),
    sectionId,
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** Source span of characters [start, end) of a paragraph's joined text. */
export function paragraphSpan(p: Paragraph, start: number, end: number): { start: number; end: number } {
  const s = p.offsets[Math.min(start, p.offsets.length - 1)];
  const e = p.offsets[Math.max(0, Math.min(end, p.offsets.length) - 1)] + 1;
  return { start: s, end: Math.max(s, e) };
}
