import { FORMATS, SECTIONS, type RowSpec, type TableSpec } from '../format';
import { canonicalTableLines } from '../canonical/canonical';
import { headingPrefix } from '../analysis/insert';
import type { ReportModel } from '../model';
import { toChineseNumeral } from '../text/normalize';
import type { Span } from '../text/source';
import { frontMatterBlockCompletion, frontMatterCompletions } from './completion-front-matter';
import { rowHover, sectionHover, tableHover } from './hover-content';
import type { LanguageIndex } from './language-index';
import { escapeMarkdown, paragraphs } from './markdown';
import { extentAtLine, type TableExtent } from './tables';
import { pick, wordStart, type Lang, type TextReplacement } from './types';

export type CompletionKind = 'section-heading' | 'row-label' | 'table' | 'front-matter-key' | 'front-matter-value' | 'front-matter';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** What to insert, and what it replaces (the text typed so far). */
  readonly edit: TextReplacement;
  /** The new text is a snippet with tab stops ($1, $2…). */
  readonly snippet: boolean;
  readonly sortText: string;
  readonly filterText?: string;
}

/** Characters that should open completion by themselves: a heading's 「#」 and a table row's 「|」. */
export const COMPLETION_TRIGGERS = ['#', '|'] as const;

/**
 * Completion at an offset, by context: front-matter keys inside the front matter; the rows
 * of the current table inside (or right below) a statutory table; otherwise, at the start of
 * a line, the six section headings in official wording and the empty canonical tables.
 */
export function completionsAt(index: LanguageIndex, offset: number, lang: Lang): CompletionEntry[] {
  const model = index.model;
  const src = model.source;
  const line = src.lineAt(offset);
  const lineStart = src.lineStarts[line];
  const before = src.text.slice(lineStart, offset);
  const fm = frontMatterCompletions(model, line, offset, lang);
  if (fm) return fm;
  const out: CompletionEntry[] = [];
  const block = frontMatterBlockCompletion(model, line, offset, lang);
  if (block) out.push(block);
  const table = tableForCompletion(index, line);
  if (table) out.push(...rowCompletions(model, table, line, offset, lang));
  const typed = before.trim();
  if (/^#{1,6}(\s|$)/.test(typed) || typed === '' || headingStart(typed)) out.push(...headingCompletions(model, line, offset, lang));
  if (typed === '' || typed === '|' || (typed.startsWith('表') && typed.length <= 12)) out.push(...tableCompletions(model, line, offset, lang));
  // What the protocol requires of every edit: on the cursor's line and around the cursor. An
  // entry that cannot replace text around the cursor (it sits before a table row's first pipe)
  // is left out rather than sent with a range the editor would reject.
  return out.filter((c) => c.edit.span.start <= offset && offset <= c.edit.span.end);
}

/** Whether the typed text is the start of an official heading (「五、存在」). */
function headingStart(typed: string): boolean {
  return typed.length <= 12 && SECTIONS.some((s) => `${toChineseNumeral(s.number)}、${s.title}`.startsWith(typed));
}

/** The table the line is in, or the one it directly follows (a row being added below the last). */
function tableForCompletion(index: LanguageIndex, line: number): TableExtent | undefined {
  const inside = extentAtLine(index.extents, line);
  if (inside) return inside;
  const above = extentAtLine(index.extents, line - 1);
  const text = index.model.source.lineText(line).trim();
  return above && above.lastLine === line - 1 && (text === '' || text.startsWith('|')) ? above : undefined;
}

function replaceFrom(model: ReportModel, start: number, end: number, newText: string): TextReplacement {
  const span: Span = { start, end };
  return { span, range: model.source.rangeOf(span), newText };
}

/** Escapes the characters a snippet would read as syntax. */
function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function rowCompletions(model: ReportModel, extent: TableExtent, line: number, offset: number, lang: Lang): CompletionEntry[] {
  const spec = extent.table.spec;
  const src = model.source;
  const lineStart = src.lineStarts[line];
  const text = src.lineText(line);
  const indent = text.length - text.trimStart().length;
  const present = new Set(extent.table.rows.map((r) => r.spec.id));
  const pipe = text.trimStart().startsWith('|') || (text.trim() === '' && extent.region.form === 'pipe');
  return spec.rows.map((row, order) => {
    const edit = rowEdit(model, spec, row, { line, lineStart, text, indent, offset, pipe });
    const missing = row.role !== 'group' && !present.has(row.id);
    return {
      label: row.label,
      kind: 'row-label' as const,
      detail: `${spec.name[lang]}${missing ? pick(lang, ' · 缺少此行', ' · missing row') : ''}`,
      documentation: rowHover(spec, row, undefined, lang),
      edit: edit.edit,
      snippet: edit.snippet,
      // Missing rows first, each group in official order.
      sortText: `${missing ? 0 : 1}-${String(order).padStart(3, '0')}`,
      filterText: edit.filterText,
    };
  });
}

interface LineContext {
  readonly line: number;
  readonly lineStart: number;
  readonly text: string;
  readonly indent: number;
  readonly offset: number;
  readonly pipe: boolean;
}

function rowEdit(model: ReportModel, spec: TableSpec, row: RowSpec, at: LineContext): { edit: TextReplacement; snippet: boolean; filterText: string } {
  const cells = spec.columns.map((_, i) => ` $${i + 1} |`).join('');
  const label = snippetText(row.label);
  if (!at.pipe) {
    return { edit: replaceFrom(model, wordStart(at.lineStart, at.indent, at.offset), at.offset, row.label), snippet: false, filterText: row.label };
  }
  const firstPipe = at.text.indexOf('|');
  if (firstPipe < 0) {
    // An empty line under a pipe table: write the whole row.
    return { edit: replaceFrom(model, wordStart(at.lineStart, at.indent, at.offset), at.offset, `| ${label} |${cells}`), snippet: true, filterText: `| ${row.label}` };
  }
  const nextPipe = at.text.indexOf('|', firstPipe + 1);
  const cellStart = at.lineStart + firstPipe + 1;
  if (nextPipe < 0) {
    return { edit: replaceFrom(model, cellStart, at.lineStart + at.text.length, ` ${label} |${cells}`), snippet: true, filterText: ` ${row.label}` };
  }
  return { edit: replaceFrom(model, cellStart, at.lineStart + nextPipe, ` ${label} `), snippet: true, filterText: ` ${row.label}` };
}

function headingCompletions(model: ReportModel, line: number, offset: number, lang: Lang): CompletionEntry[] {
  const src = model.source;
  const text = src.lineText(line);
  const indent = text.length - text.trimStart().length;
  const typedHashes = /^#{1,6}/.exec(text.trimStart())?.[0];
  const prefix = typedHashes ? `${typedHashes} ` : headingPrefix(model) || '## ';
  const present = new Set(model.sections.filter((s) => s.heading).map((s) => s.spec.id));
  return SECTIONS.map((spec) => {
    const heading = `${toChineseNumeral(spec.number)}、${spec.title}`;
    const section = model.sections.find((s) => s.spec.id === spec.id);
    return {
      label: heading,
      kind: 'section-heading' as const,
      detail: present.has(spec.id) ? pick(lang, '已有此部分', 'section present') : pick(lang, '缺少此部分', 'missing section'),
      documentation: section ? sectionHover(section, model.format.version, lang) : paragraphs(`**${escapeMarkdown(heading)}**`, escapeMarkdown(spec.requires[lang])),
      edit: replaceFrom(model, wordStart(src.lineStarts[line], indent, offset), Math.max(offset, src.lineStarts[line] + text.trimEnd().length), `${prefix}${heading}`),
      snippet: false,
      sortText: `${present.has(spec.id) ? 3 : 2}-${spec.number}`,
      // Match whether the user types the number, the words, or the # markers.
      filterText: `${prefix}${heading} ${spec.title}`,
    };
  });
}

function tableCompletions(model: ReportModel, line: number, offset: number, lang: Lang): CompletionEntry[] {
  const src = model.source;
  const text = src.lineText(line);
  const indent = text.length - text.trimStart().length;
  const here = model.sections.find((s) => line >= s.firstLine && line <= s.lastLine)?.spec.id;
  const eol = src.eol;
  return FORMATS[model.format.version].tables.map((spec, order) => {
    const present = model.tables.has(spec.id as never);
    const node = model.tables.get(spec.id as never);
    const lines = canonicalTableLines(spec, new Map());
    return {
      label: `${spec.name.zh}（${spec.headerLabel}）`,
      kind: 'table' as const,
      detail: pick(lang, `空白标准表格${present ? ' · 文档中已有' : ''}`, `empty canonical table${present ? ' · already in the document' : ''}`),
      documentation: paragraphs(node ? tableHover(node, lang) : escapeMarkdown(spec.explain[lang]), '```\n' + lines.join('\n') + '\n```'),
      edit: replaceFrom(model, wordStart(src.lineStarts[line], indent, offset), offset, lines.join(eol)),
      snippet: false,
      sortText: `${spec.section === here ? 4 : 5}-${present ? 1 : 0}-${String(order).padStart(2, '0')}`,
      filterText: `${spec.name.zh} ${spec.headerLabel}`,
    };
  });
}
