import type { DateValue, FrontMatter, Heading, Paragraph, ReportMeta, Sourced, AgencyKind, SectionNode } from '../model';
import { inferAgencyKind } from '../domain/agency';
import { dateOnlyLine, findDates } from '../text/dates';
import type { SourceText, Span } from '../text/source';
import type { LineInfo } from './lines';
import { paragraphSpan } from './prose';

/**
 * Facts about the report: agency, kind, year, publication date, statistics period. Front
 * matter wins; otherwise they are read from the title, the signature block and the prose,
 * the way a reviewer would.
 */

export interface TitleInfo {
  readonly text: string;
  readonly span: Span;
  readonly lines: number[];
}

/** The first `n` lines that pass, without walking the rest of the document. */
function firstLines(lines: readonly LineInfo[], n: number, keep: (l: LineInfo) => boolean): LineInfo[] {
  const out: LineInfo[] = [];
  for (let i = 0; i < lines.length && out.length < n; i++) if (keep(lines[i])) out.push(lines[i]);
  return out;
}

/** The last `n` lines that pass, in document order. */
function lastLines(lines: readonly LineInfo[], n: number, keep: (l: LineInfo) => boolean): LineInfo[] {
  const out: LineInfo[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < n; i--) if (keep(lines[i])) out.unshift(lines[i]);
  return out;
}

/** The report title: the first lines naming a 年度报告, before the first section. */
export function findTitle(lines: readonly LineInfo[], sections: readonly SectionNode[]): TitleInfo | undefined {
  const limit = sections.length > 0 ? (sections[0].heading?.line ?? sections[0].firstLine) : Math.min(lines.length, 30);
  const nonBlank = firstLines(lines, 8, (l) => l.line < limit && (l.kind === 'text' || l.kind === 'heading') && l.content.trim() !== '' && l.content.trim() !== '正文');
  const idx = nonBlank.findIndex((l) => /年度?报告|年报/.test(l.content.replace(/\s+/g, '')));
  if (idx < 0) return undefined;
  const main = nonBlank[idx];
  const picked = [main];
  const compact = (s: string) => s.replace(/\s+/g, '');
  const prev = nonBlank[idx - 1];
  const needsPrev = !/\d{4}\s*年/.test(main.content) || compact(main.content).length < 12 || /^\d{4}\s*年/.test(compact(main.content));
  if (prev && needsPrev && compact(prev.content).length <= 24 && !/[。，]/.test(prev.content) && prev.line === picked[0].line - 1) picked.unshift(prev);
  const text = picked.map((l) => compact(l.content)).join('');
  if (text.length > 60) return undefined;
  return {
    text,
    span: { start: picked[0].span.start + picked[0].indent, end: picked[picked.length - 1].span.end },
    lines: picked.map((l) => l.line),
  };
}

/** Agency named in a title: before the year (淮安市人民政府2024年…) or between year and 政府信息公开. */
export function agencyFromTitle(title: string): string | undefined {
  const m = /^(.*?)(\d{4})年度?(.*?)(政府信息公开|政务公开|信息公开)/.exec(title.replace(/[《》#*]/g, ''));
  if (!m) return undefined;
  const before = m[1].trim();
  const between = m[3].trim();
  const name = before || between;
  return name.length >= 2 && name.length <= 30 ? name : undefined;
}

interface Signature {
  readonly date?: Sourced<DateValue>;
  readonly agency?: Sourced<string>;
}

/** The signature block: an agency line and a date line among the last lines of the document. */
function findSignature(lines: readonly LineInfo[]): Signature {
  const tail = lastLines(lines, 6, (l) => l.kind === 'text' && l.content.trim() !== '');
  for (let i = tail.length - 1; i >= 0; i--) {
    const d = dateOnlyLine(tail[i].content);
    if (!d) continue;
    const dateSpan = { start: tail[i].span.start + tail[i].indent, end: tail[i].span.end };
    const prev = tail[i - 1];
    const agencyText = prev?.content.trim();
    const agency =
      prev && agencyText && agencyText.length <= 30 && !/[。，；：]/.test(agencyText) && inferAgencyKind(agencyText)
        ? { value: agencyText, span: { start: prev.span.start + prev.indent, end: prev.span.end }, source: 'signature' as const }
        : undefined;
    return { date: { value: d.date, span: dateSpan, source: 'signature' }, agency };
  }
  return {};
}

/** 「发布日期：2020-01-31」 or a date-only line near the top (「（2026年1月23日）」 under the title). */
function publishedElsewhere(lines: readonly LineInfo[]): Sourced<DateValue> | undefined {
  for (const l of lines) {
    if (l.kind !== 'text' || !(l.content.includes('日期') || l.content.includes('时间'))) continue;
    const m = /^(?:发布|公开|成文|印发)(?:日期|时间)[:：]\s*(.+)$/.exec(l.content.trim());
    if (m) {
      const found = findDates(m[1]).find((d) => d.hasYear);
      if (found) return { value: found.date, span: { start: l.span.start + l.indent, end: l.span.end }, source: 'text' };
    }
  }
  const head = firstLines(lines, 6, (l) => l.kind === 'text' && l.content.trim() !== '');
  for (const l of head) {
    const d = dateOnlyLine(l.content);
    if (d) return { value: d.date, span: { start: l.span.start + l.indent, end: l.span.end }, source: 'text' };
  }
  return undefined;
}

const PERIOD = /统计(?:期限|时限|周期|时间|区间|期间|期)/g;

/** The statistics period, or where it is written in a form no date can be read from. */
function findPeriod(paragraphs: readonly Paragraph[]): Pick<ReportMeta, 'period' | 'periodUnreadable'> {
  let unreadable: Span | undefined;
  for (const p of paragraphs) {
    if (!p.text.includes('统计')) continue;
    for (const m of p.text.matchAll(PERIOD)) {
      const from = m.index! + m[0].length;
      const window = p.text.slice(from, from + 60);
      const dates = findDates(window);
      const start = dates.find((d) => d.hasYear);
      const end = start && dates.find((d) => d.index > start.index);
      if (!start || !end) {
        unreadable ??= garbledPeriod(p, from, window);
        continue;
      }
      const endDate = end.hasYear ? end.date : { ...end.date, year: start.date.year };
      const period = {
        start: start.date,
        end: endDate,
        span: paragraphSpan(p, from + start.index, from + end.index + end.length),
        startSpan: paragraphSpan(p, from + start.index, from + start.index + start.length),
        endSpan: paragraphSpan(p, from + end.index, from + end.index + end.length),
      };
      return { period };
    }
  }
  return { periodUnreadable: unreadable };
}

/**
 * A period that writes days (「自202111日起至20211230日止」) but yields no two dates is garbled.
 * Without a day (「统计期限为2024年度」「2024年1月至12月」) it is a looser wording, not a fault.
 */
function garbledPeriod(p: Paragraph, from: number, window: string): Span | undefined {
  const sentence = /^[^。；;！？\n]*/.exec(window)![0];
  if (!/\d\s*日/.test(sentence)) return undefined;
  const first = sentence.search(/[\d〇零○一二三四五六七八九]/);
  const last = Math.max(sentence.lastIndexOf('日'), sentence.lastIndexOf('止'));
  if (first < 0 || last < first) return undefined;
  return paragraphSpan(p, from + first, from + last + 1);
}

/** Places where the text names the report's own year: 「编制了《…2020年政府信息公开工作年度报告》」. */
const SELF_REFERENCE = /(?:编制(?:了|完成)?|现将|现向社会公布|向社会公布|公布)[^。；，]{0,24}?(\d{4})\s*年度?[^。；，\d]{0,24}?(?:年度报告|年报)/g;

function selfReferences(paragraphs: readonly Paragraph[]): Sourced<number>[] {
  const out: Sourced<number>[] = [];
  for (const p of paragraphs) {
    if (!p.text.includes('报告') && !p.text.includes('年报')) continue;
    for (const m of p.text.matchAll(SELF_REFERENCE)) {
      // 「对照上一年度编制的《…2023年…年度报告》」 speaks of last year's report, before or inside the match.
      const before = p.text.slice(Math.max(0, m.index! - 12), m.index!).split(/[。；;，,]/).pop()!;
      if (/上一?年|去年|上年度/.test(before + m[0])) continue;
      const yearAt = m.index! + m[0].indexOf(m[1]);
      out.push({ value: Number(m[1]), span: paragraphSpan(p, yearAt, yearAt + 4), source: 'text' });
    }
  }
  return out;
}

/**
 * The report year is what the evidence says by majority: the places that state it (front
 * matter, title, period, the text naming its own report) and what points to it (the
 * publication date, the year the prose speaks of). A tie goes to the earlier statement in
 * that order. A single slip — a title or front matter left at last year — is then one
 * mismatch, not a cascade through every date rule.
 */
function chooseYear(mentions: readonly Sourced<number>[], evidence: readonly Sourced<number>[]): Sourced<number> | undefined {
  const votes = new Map<number, number>();
  for (const m of [...mentions, ...evidence]) votes.set(m.value, (votes.get(m.value) ?? 0) + 1);
  let best: Sourced<number> | undefined;
  for (const m of [...mentions, ...evidence]) if (!best || votes.get(m.value)! > votes.get(best.value)!) best = m;
  return best;
}

/** A report is published early in the year after its own (or, too early, late in its own year). */
function yearOfPublication(published: Sourced<DateValue> | undefined): Sourced<number> | undefined {
  if (!published) return undefined;
  const { year, month } = published.value;
  if (month <= 4) return { value: year - 1, span: published.span, source: 'signature' };
  if (month >= 10) return { value: year, span: published.span, source: 'signature' };
  return undefined;
}

const YEAR_WORD = /(?<!\d)((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)/g;

/**
 * The year the prose speaks of: 「2024年，孝义市坚持……」「本机关 2024 年度未收取……」. Counted
 * where a year stands alone (not inside a date); it is evidence only when one year is named
 * at least twice and more often than any other.
 */
function proseYear(paragraphs: readonly Paragraph[]): Sourced<number> | undefined {
  const counts = new Map<number, { n: number; first: Sourced<number> }>();
  for (const p of paragraphs) {
    if (!p.text.includes('年')) continue;
    for (const m of p.text.matchAll(YEAR_WORD)) {
      const value = Number(m[1]);
      const hit = counts.get(value);
      if (hit) hit.n++;
      else counts.set(value, { n: 1, first: { value, span: paragraphSpan(p, m.index!, m.index! + 4), source: 'text' } });
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || ranked[0].n < 2 || (ranked[1] && ranked[1].n === ranked[0].n)) return undefined;
  return ranked[0].first;
}

export function buildMeta(
  source: SourceText,
  lines: readonly LineInfo[],
  frontMatter: FrontMatter | undefined,
  title: TitleInfo | undefined,
  paragraphs: readonly Paragraph[],
): ReportMeta {
  const fm = frontMatter?.values ?? {};
  const fmSpan = (key: string): Span => frontMatter?.valueSpans[key] ?? frontMatter?.keySpans[key] ?? { start: 0, end: 0 };
  const signature = findSignature(lines);

  const titleAgency = title ? agencyFromTitle(title.text) : undefined;
  let agency: Sourced<string> | undefined;
  if (fm.agency) agency = { value: fm.agency, span: fmSpan('agency'), source: 'front-matter' };
  else if (signature.agency) agency = signature.agency;
  else if (titleAgency && title) agency = { value: titleAgency, span: title.span, source: 'title' };

  let agencyKind: Sourced<AgencyKind> | undefined;
  if (fm.agencyKind) agencyKind = { value: fm.agencyKind, span: fmSpan('agencyKind'), source: 'front-matter' };
  else if (agency) {
    const kind = inferAgencyKind(agency.value) ?? (titleAgency ? inferAgencyKind(titleAgency) : undefined);
    if (kind) agencyKind = { value: kind, span: agency.span, source: 'agency-name' };
  }

  const yearMentions: Sourced<number>[] = [];
  if (fm.year) yearMentions.push({ value: fm.year, span: fmSpan('year'), source: 'front-matter' });
  // The title's year is pointed at by its four digits, not the whole title line.
  const titleYear = title ? /(\d{4})\s*年/.exec(source.text.slice(title.span.start, title.span.end)) : null;
  if (titleYear && title) {
    const at = title.span.start + titleYear.index;
    yearMentions.push({ value: Number(titleYear[1]), span: { start: at, end: at + 4 }, source: 'title' });
  } else {
    const spaced = title ? /(\d{4})\s*年/.exec(title.text) : null; // 「2 0 2 4 年」: the digits are not contiguous
    if (spaced && title) yearMentions.push({ value: Number(spaced[1]), span: title.span, source: 'title' });
  }
  const { period, periodUnreadable } = findPeriod(paragraphs);
  if (period) yearMentions.push({ value: period.start.year, span: period.span, source: 'period' });
  yearMentions.push(...selfReferences(paragraphs));

  let published: Sourced<DateValue> | undefined;
  if (fm.published) published = { value: fm.published, span: fmSpan('published'), source: 'front-matter' };
  else published = signature.date ?? publishedElsewhere(lines);

  const yearEvidence = [yearOfPublication(published), proseYear(paragraphs)].filter((e): e is Sourced<number> => e !== undefined);
  const year = chooseYear(yearMentions, yearEvidence);

  const previous = fm.previous ? { value: fm.previous, span: fmSpan('previous'), source: 'front-matter' as const } : undefined;
  void source;
  return { agency, agencyKind, year, yearMentions, yearEvidence, published, period, periodUnreadable, previous };
}

export type { Heading };
