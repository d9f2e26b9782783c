import { Analysis } from '../analysis/analysis';
import type { Diagnostic } from '../check/run';
import { fillValues } from '../language/cell-edit';
import { tablesOfSection } from '../format';
import type { ReportModel } from '../model';
import type { BuildContext } from './cells';
import { MarkIndex } from './marks';
import { findSignatureLines, signatureFromMeta } from './signature';
import { TABLE_FAMILIES, buildTable, familyOf } from './tables';
import type { LayoutBlock, LayoutDocument } from './types';

export interface LayoutOptions {
  /** Language of marks' tooltips and of the page's lang attribute. Default zh. */
  readonly lang?: 'zh' | 'en';
}

/** HTML comments are annotations for the drafters (suppressions, notes), never published; each line is kept as a blank one. */
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The report as it will be published, from the report model and its diagnostics: title,
 * section headings, prose, the statutory tables in the official layout wherever and however
 * the draft wrote them, and the signature block. Every block keeps its source line.
 *
 * Headings are normalised to two levels (the six section headings, and headings inside
 * sections), because drafts use Markdown levels at random (孝义 mixes ##, ### and ####) while
 * the published report has one style per level.
 */
export function buildLayout(model: ReportModel, diagnostics: readonly Diagnostic[], options: LayoutOptions = {}): LayoutDocument {
  const src = model.source;
  const marks = new MarkIndex(src, diagnostics);
  const ctx: BuildContext = { model, source: src, marks, fills: fillValues(Analysis.of(model)) };
  const used = new Set<number>();
  const useLines = (first: number, last: number, except: ReadonlySet<number> = new Set()) => {
    for (let l = first; l <= last; l++) if (!except.has(l)) used.add(l);
  };
  const entries: { order: number; block: LayoutBlock }[] = [];
  const add = (block: LayoutBlock, order = 3) => entries.push({ block, order });

  if (model.frontMatter) useLines(src.lineAt(model.frontMatter.span.start), src.lineAt(Math.max(model.frontMatter.span.start, model.frontMatter.span.end - 1)));

  // Tables first: their cells claim the diagnostics on figures before anything else sees them.
  const present = new Set<string>();
  for (const region of model.regions) {
    const family = familyOf(region);
    if (!family) continue;
    present.add(family);
    const kept = new Set(region.keptLines);
    let anchor = region.firstLine;
    while (kept.has(anchor) && anchor < region.lastLine) anchor++;
    useLines(region.firstLine, region.lastLine, kept);
    add(buildTable(ctx, model, family, region, anchor));
  }
  for (const section of model.sections) {
    const family = TABLE_FAMILIES.find((f) => f.section === section.spec.id);
    if (!family || present.has(family.id) || tablesOfSection(model.format.version, section.spec.id).length === 0) continue;
    const line = section.heading?.line ?? section.firstLine;
    add(buildTable(ctx, model, family.id, undefined, line), 2);
  }

  if (model.title) {
    const lines = model.title.lines;
    useLines(Math.min(...lines), Math.max(...lines));
    add({ kind: 'title', text: model.title.text, line: lines[0], marks: marks.takeLines(Math.min(...lines), Math.max(...lines)) }, 0);
  }
  const sectionLines = new Set<number>();
  for (const s of model.sections) {
    if (!s.heading) continue;
    sectionLines.add(s.heading.line);
    used.add(s.heading.line);
    add({ kind: 'heading', level: 1, text: s.heading.text, line: s.heading.line, marks: marks.takeLines(s.heading.line, s.heading.line) }, 1);
  }
  for (const h of model.headings) {
    if (used.has(h.line) || h.text.trim() === '') continue;
    used.add(h.line);
    add({ kind: 'heading', level: 2, text: h.text, line: h.line, marks: marks.takeLines(h.line, h.line) }, 1);
  }

  const signature = findSignatureLines(model, (l) => !used.has(l));
  if (signature.date) {
    const first = signature.agency?.line ?? signature.date.line;
    useLines(first, signature.date.line);
    add({ kind: 'signature', agency: signature.agency?.text, date: signature.date.text, line: first, dateLine: signature.date.line, marks: marks.takeLines(first, signature.date.line) });
  }

  for (const [first, last] of proseStretches(model, used)) {
    const text = Array.from({ length: last - first + 1 }, (_, i) => src.lineText(first + i))
      .join('\n')
      .replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
    if (text.trim() === '') continue;
    add({ kind: 'prose', markdown: text, line: first, marks: marks.takeLines(first, last) });
  }

  if (!signature.date) {
    const meta = signatureFromMeta(model);
    const last = Math.max(0, src.lineCount - 1);
    if (meta) add({ kind: 'signature', ...meta, line: last, dateLine: last, marks: [] }, 9);
  }

  entries.sort((a, b) => a.block.line - b.block.line || a.order - b.order);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return {
    title: model.title?.text,
    lang: options.lang ?? 'zh',
    blocks: entries.map((e) => e.block),
    marks: marks.rest(),
    counts: { errors, warnings },
  };
}

/** Runs of consecutive lines no other block took. */
function proseStretches(model: ReportModel, used: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let l = 0; l <= model.source.lineCount; l++) {
    const free = l < model.source.lineCount && !used.has(l);
    if (free && start < 0) start = l;
    if (!free && start >= 0) {
      out.push([start, l - 1]);
      start = -1;
    }
  }
  return out;
}
