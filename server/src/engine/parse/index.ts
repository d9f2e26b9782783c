import type { Heading, PageLeftover, ReportModel, SectionNode, TableRegion } from '../model';
import { SourceText } from '../text/source';
import { findDirectives } from './directives';
import { frontMatterLineCount, parseFrontMatter } from './frontmatter';
import { isPageNumber, scanLines, type LineInfo } from './lines';
import { buildMeta, findTitle } from './meta';
import { buildParagraphs } from './prose';
import { buildSections, sectionCandidates } from './sections';
import { findTables } from './tables';
import { inferMissingSections } from './infer';

/**
 * Text in, report model out. Never throws: whatever the input, the result is a model
 * (possibly nearly empty) and anything the parser could not use is kept and reported.
 */
export function parseReport(text: string): ReportModel {
  // A byte-order mark is read as a space, not removed: every offset stays an offset into the
  // text as given, so edits computed here apply to it (fix-all, the CLI) without shifting.
  const source = new SourceText(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  const fmLines = frontMatterLineCount(source);
  const frontMatter = parseFrontMatter(source, fmLines);
  const lines = scanLines(source, fmLines);
  const lastLine = Math.max(0, source.lineCount - 1);

  const found = buildSections(sectionCandidates(lines), lastLine);
  const tables = findTables(lines, found);
  // An inferred section starts after the last table of the section before it, so the tables
  // already found stay as they are.
  const sections = inferMissingSections(lines, found, tables.regions, lastLine);

  // Lines that are no prose: table regions (but the content kept inside them), section headings, the title.
  // One flag per line, not a set of line numbers: most of a report's lines are in tables.
  const excluded = new Uint8Array(lines.length);
  for (const r of tables.regions) {
    excluded.fill(1, r.firstLine, r.lastLine + 1);
    for (const l of r.keptLines) excluded[l] = 0;
  }
  const title = findTitle(lines, sections);
  for (const s of sections) if (s.heading) excluded[s.heading.line] = 1;
  for (const l of title?.lines ?? []) excluded[l] = 1;
  const paragraphs = buildParagraphs(lines, excluded, sections);

  return {
    source,
    frontMatter,
    title,
    headings: headingsOf(lines),
    sections,
    regions: tables.regions,
    tables: tables.tables,
    paragraphs,
    directives: findDirectives(lines, source.text),
    meta: buildMeta(source, lines, frontMatter, title, paragraphs),
    format: { version: tables.version, evidence: tables.versionEvidence },
    openBlockCloser: openBlockCloser(lines),
    pageLeftovers: pageLeftovers(lines, tables.regions),
    notices: [],
  };
}

/** Page furniture outside the table regions (inside them it is part of the table's frame). */
function pageLeftovers(lines: readonly LineInfo[], regions: readonly TableRegion[]): PageLeftover[] {
  const out: PageLeftover[] = [];
  for (const info of lines) {
    if (info.kind !== 'page' || regions.some((r) => info.line >= r.firstLine && info.line <= r.lastLine)) continue;
    const start = info.span.start + info.text.search(/[^\s\f]/);
    out.push({ line: info.line, span: { start, end: start + info.text.trim().length }, kind: isPageNumber(info.text) ? 'number' : 'header' });
  }
  return out;
}

/** What closes a fence or comment still open after the last line (see ReportModel.openBlockCloser). */
function openBlockCloser(lines: readonly LineInfo[]): string | undefined {
  let fence: string | undefined;
  for (const l of lines) if (l.kind === 'fence') fence = fence ? undefined : (/^\s*(`{3,}|~{3,})/.exec(l.text)?.[1] ?? '```');
  if (fence) return fence;
  const last = lines[lines.length - 1];
  return last && last.kind === 'comment' && !last.text.includes('-->') ? '-->' : undefined;
}

function headingsOf(lines: readonly LineInfo[]): Heading[] {
  return lines
    .filter((l) => l.kind === 'heading')
    .map((l) => ({ line: l.line, span: { start: l.span.start + l.indent, end: l.span.end }, text: l.content, level: l.level ?? 1 }));
}

export type { SectionNode };
