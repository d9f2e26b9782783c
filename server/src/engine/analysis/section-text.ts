import type { ReportModel, SectionNode } from '../model';
import { dateOnlyLine } from '../text/dates';
import { inferAgencyKind } from '../domain/agency';

/** Lines of a section's own text: not blank, not tables, not the signature block or 此件公开发布. */
export function sectionTextLines(model: ReportModel, section: SectionNode, limit = Infinity): { line: number; text: string }[] {
  const src = model.source;
  const regions = model.regions.filter((r) => r.lastLine >= section.firstLine && r.firstLine <= section.lastLine);
  const inRegion = (line: number) => regions.some((r) => line >= r.firstLine && line <= r.lastLine && !r.keptLines.includes(line));
  const signatureLines = new Set<number>();
  for (const fact of [model.meta.published, model.meta.agency]) {
    if (fact && fact.source === 'signature') signatureLines.add(src.lineAt(fact.span.start));
  }
  const out: { line: number; text: string }[] = [];
  for (let l = section.firstLine; l <= section.lastLine && l < src.lineCount; l++) {
    const text = src.lineText(l).trim();
    if (text === '' || inRegion(l) || signatureLines.has(l) || /^<!--.*-->$/.test(text)) continue;
    if (dateOnlyLine(text) || /^[（(]?此件(?:主动)?公开发布[)）]?$/.test(text) || /^[-—–]\s*\d+\s*[-—–]$/.test(text)) continue;
    if (signatureAgency(model, l, text)) continue;
    out.push({ line: l, text });
    if (out.length >= limit) break;
  }
  return out;
}

/** The section's own text as one string (for word searches). */
export function sectionText(model: ReportModel, section: SectionNode): string {
  return sectionTextLines(model, section)
    .map((l) => l.text)
    .join('');
}

/**
 * The agency line of a signature block: a short name (…人民政府, …局) on the line before a
 * date-only line. Found from the text itself, since the agency may come from the front matter.
 */
function signatureAgency(model: ReportModel, line: number, text: string): boolean {
  if (text.length > 30 || /[。，；：,;:]/.test(text) || !inferAgencyKind(text.replace(/\*\*|__/g, ''))) return false;
  const src = model.source;
  for (let k = line + 1; k < src.lineCount; k++) {
    const next = src.lineText(k).trim();
    if (next !== '') return dateOnlyLine(next) !== undefined;
  }
  return false;
}
