import { inferAgencyKind } from '../domain/agency';
import type { ReportModel } from '../model';
import { dateOnlyLine, formatDate } from '../text/dates';

export interface SignatureLines {
  readonly agency?: { readonly line: number; readonly text: string };
  readonly date?: { readonly line: number; readonly text: string };
}

/**
 * The signature block at the end of the report: a date-only line among the last non-blank
 * lines, and the agency line just above it (the same reading as the meta parser's). `free`
 * tells which lines are still prose (not in a table or heading).
 */
export function findSignatureLines(model: ReportModel, free: (line: number) => boolean): SignatureLines {
  const src = model.source;
  const tail: number[] = [];
  for (let l = src.lineCount - 1; l >= 0 && tail.length < 6; l--) {
    if (!free(l)) break;
    if (src.lineText(l).trim() !== '') tail.unshift(l);
  }
  for (let i = tail.length - 1; i >= 0; i--) {
    const text = src.lineText(tail[i]).trim();
    if (!dateOnlyLine(text)) continue;
    const date = { line: tail[i], text: text.replace(/\s+/g, '') };
    const prev = i > 0 ? src.lineText(tail[i - 1]).trim() : '';
    const isAgency = prev.length > 0 && prev.length <= 30 && !/[。，；：]/.test(prev) && inferAgencyKind(prev) !== undefined;
    return isAgency ? { agency: { line: tail[i - 1], text: prev.replace(/\s+/g, '') }, date } : { date };
  }
  return {};
}

/** Agency and date for a signature the draft does not write (both known from front matter or the title). */
export function signatureFromMeta(model: ReportModel): { agency: string; date: string } | undefined {
  const { agency, published } = model.meta;
  if (!agency || !published) return undefined;
  return { agency: agency.value, date: formatDate(published.value, 'zh') };
}
