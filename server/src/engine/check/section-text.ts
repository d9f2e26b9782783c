import type { ReportModel, SectionNode } from '../model';
import { dateOnlyLine } from '../text/dates';

/** Lines of a section's own text: not blank, not tables, not the signature block or 此件公开发布. */
export function sectionTextLines(model: ReportModel, section: SectionNode): { line: number; text: string }[] {
  const src = model.source;
  const inRegion = (line: number) => model.regions.some((r) => line >= r.firstLine && line <= r.lastLine && !r.keptLines.includes(line));
  const signatureLines = new Set<number>();
  for (const fact of [model.meta.published, model.meta.agency]) {
    if (fact && fact.source === 'signature') signatureLines.add(src.lineAt(fact.span.start));
  }
  const out: { line: number; text: string }[] = [];
  for (let l = section.firstLine; l <= section.lastLine && l < src.lineCount; l++) {
    const text = src.lineText(l).trim();
    if (text === '' || inRegion(l) || signatureLines.has(l) || /^<!--.*-->$/.test(text)) continue;
    if (dateOnlyLine(text) || /^[（(]?此件(?:主动)?公开发布[)）]?$/.test(text) || /^[-—–]\s*\d+\s*[-—–]$/.test(text)) continue;
    out.push({ line: l, text });
  }
  return out;
}

/** The section's own text as one string (for word searches). */
export function sectionText(model: ReportModel, section: SectionNode): string {
  return sectionTextLines(model, section)
    .map((l) => l.text)
    .join('');
}
