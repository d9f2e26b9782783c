import type { ReportModel, SectionNode } from '../model';
import { toChineseNumeral } from '../text/normalize';
import type { Range } from '../text/source';
import type { LanguageIndex } from './language-index';
import type { TableExtent } from './tables';
import { pick, type Lang } from './types';

/** An outline entry: the six sections, and the statutory tables inside them. */
export interface SymbolEntry {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'section' | 'table';
  /** The whole section or table. */
  readonly range: Range;
  /** The heading or header line: what the editor selects when the entry is chosen. */
  readonly selectionRange: Range;
  readonly children: readonly SymbolEntry[];
}

export function documentSymbols(index: LanguageIndex, lang: Lang): SymbolEntry[] {
  const model = index.model;
  const extents = [...index.extents];
  const out: SymbolEntry[] = [];
  const placed = new Set<TableExtent>();
  for (const section of model.sections) {
    const first = section.heading?.line ?? section.firstLine;
    const last = Math.max(first, lastContentLine(model, first, section.lastLine));
    const tables = extents.filter((e) => e.firstLine >= first && e.lastLine <= last);
    tables.forEach((e) => placed.add(e));
    out.push({
      name: `${toChineseNumeral(section.spec.number)}、${section.spec.title}`,
      detail: sectionDetail(section, lang),
      kind: 'section',
      range: model.source.rangeOf(model.source.linesSpan(first, last)),
      selectionRange: model.source.rangeOf(section.heading?.span ?? model.source.lineSpan(first)),
      children: tables.map((e) => tableSymbol(model, e, lang)),
    });
  }
  // A table the parser found outside every section (its heading is missing) is still in the outline.
  for (const e of extents) if (!placed.has(e)) out.push(tableSymbol(model, e, lang));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

function sectionDetail(section: SectionNode, lang: Lang): string | undefined {
  if (!section.heading) return pick(lang, '缺少标题，按内容识别', 'heading missing; recognised by its content');
  const written = section.heading.text.replace(/^\s*[一二三四五六七八九十]+、\s*/, '');
  return written !== section.spec.title ? section.heading.text : undefined;
}

function tableSymbol(model: ReportModel, e: TableExtent, lang: Lang): SymbolEntry {
  const spec = e.table.spec;
  return {
    name: spec.name[lang],
    detail: e.region.form === 'pasted' ? pick(lang, '粘贴表格', 'pasted table') : spec.headerLabel,
    kind: 'table',
    range: model.source.rangeOf(model.source.linesSpan(e.firstLine, e.lastLine)),
    selectionRange: model.source.rangeOf(model.source.lineSpan(e.firstLine)),
    children: [],
  };
}

/** The last non-blank line in [first, last], so that a section does not end in the blank lines before the next. */
export function lastContentLine(model: ReportModel, first: number, last: number): number {
  let line = last;
  while (line > first && model.source.lineText(line).trim() === '') line--;
  return line;
}
