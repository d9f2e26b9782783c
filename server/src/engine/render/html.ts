import type { Range } from '../text/source';
import { escapeHtml } from './escape';
import { cellColumns, gridCellAttrs, gridRowAttrs, gridTableAttrs, readOnlyNotice } from './grid-html';
import { markAttrs, symbolHtml } from './mark-html';
import { renderProse } from './markdown';
import { standalonePage } from './standalone';
import { PAGE_CSS, REPORT_CSS } from './styles';
import type { LayoutBlock, LayoutCell, LayoutDocument, LayoutTable, Mark } from './types';

/**
 * HTML from the layout model. Two outputs: a body fragment (the preview swaps it in) and a
 * standalone, print-ready page (the HTML export). Report text only ever enters through
 * `escapeHtml` or the prose renderer (raw HTML off), so a draft cannot inject markup.
 *
 * Every block element carries `data-line` (0-based source line) for scroll synchronisation;
 * cells read from the draft carry `data-range` ("line,char,line,char") to reveal them.
 */

export interface HtmlOptions {
  /** Show diagnostics on the elements they concern. Default true. Marks are hidden in print either way. */
  readonly marks?: boolean;
  /** Make the statutory tables editable grids (the preview): ARIA grid roles, indices, edit facts. Default false. */
  readonly grid?: boolean;
}

const esc = escapeHtml;
const lineAttr = (line: number | undefined) => (line === undefined ? '' : ` data-line="${line}"`);
const rangeAttr = (r: Range | undefined) => (r ? ` data-range="${r.start.line},${r.start.character},${r.end.line},${r.end.character}"` : '');

export function renderBody(doc: LayoutDocument, options: HtmlOptions = {}): string {
  const showMarks = options.marks !== false;
  const grid = options.grid === true;
  // The report is Chinese whatever the language of the marks' tooltips.
  const parts = ['<article class="gr-report" lang="zh-CN">'];
  if (showMarks && doc.marks.length > 0) parts.push(notes(doc.marks, doc.lang, 'gr-doc-notes'));
  for (const block of doc.blocks) parts.push(block.kind === 'table' ? renderTable(block, doc.lang, showMarks, grid) : renderBlock(block, doc.lang, showMarks));
  parts.push('</article>');
  return parts.join('\n');
}

/** The standalone page: embedded styles only, no script, and a CSP that allows nothing else. */
export function renderPage(doc: LayoutDocument, options: HtmlOptions = {}): string {
  const body = ['<main class="gr-paper">', renderBody(doc, options), '</main>'].join('\n');
  // The report is Chinese whatever the language of the marks.
  return standalonePage({ lang: 'zh', title: doc.title ?? '政府信息公开工作年度报告', css: REPORT_CSS + PAGE_CSS, body, bodyClass: 'gr-page', dataImages: true });
}

function marked(marks: readonly Mark[], lang: 'zh' | 'en', show: boolean): { classes: string; title: string; symbol: string } {
  if (!show || marks.length === 0) return { classes: '', title: '', symbol: '' };
  return { ...markAttrs(marks, lang), symbol: symbolHtml(marks) };
}

function renderBlock(block: LayoutBlock, lang: 'zh' | 'en', show: boolean): string {
  switch (block.kind) {
    case 'title': {
      const m = marked(block.marks, lang, show);
      return `<h1 class="gr-title${m.classes}"${lineAttr(block.line)}${m.title}>${m.symbol}${esc(block.text)}</h1>`;
    }
    case 'heading': {
      const m = marked(block.marks, lang, show);
      const tag = block.level === 1 ? 'h2' : 'h3';
      const cls = block.level === 1 ? 'gr-section' : 'gr-subsection';
      return `<${tag} class="${cls}${m.classes}"${lineAttr(block.line)}${m.title}>${m.symbol}${esc(block.text)}</${tag}>`;
    }
    case 'prose':
      return `<div class="gr-prose"${lineAttr(block.line)}>${renderProse(block.markdown, { baseLine: block.line, marks: show ? block.marks : [], lang })}</div>`;
    case 'signature': {
      const m = marked(block.marks, lang, show);
      const agency = block.agency ? `<p class="gr-sign-agency"${lineAttr(block.line)}>${esc(block.agency)}</p>` : '';
      const date = block.date ? `<p class="gr-sign-date"${lineAttr(block.dateLine)}>${esc(block.date)}</p>` : '';
      return `<div class="gr-signature${m.classes}"${lineAttr(block.line)}${m.title}>${m.symbol}${agency}${date}</div>`;
    }
    case 'table':
      return renderTable(block, lang, show, false);
  }
}

function renderTable(table: LayoutTable, lang: 'zh' | 'en', show: boolean, grid: boolean): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  // The width attribute, not a style attribute: the pages' CSP allows no inline style attributes.
  const cols = table.widths.map((w) => `<col width="${((100 * w) / total).toFixed(2)}%">`).join('');
  const columns = grid ? cellColumns(table) : [];
  const rows = table.rows.map((row, r) => {
    const cells = row.cells.map((c, i) => renderCell(c, table.id, lang, show, grid ? gridCellAttrs(c, columns[r][i], lang) : '')).join('');
    return `<tr${lineAttr(row.line ?? table.line)}${grid ? gridRowAttrs(r) : ''}>${cells}</tr>`;
  });
  const head = rows.slice(0, table.headRows);
  const body = rows.slice(table.headRows);
  const missing = table.missing ? ' gr-table-missing' : '';
  return [
    `<div class="gr-table-block gr-${table.id}${missing}"${lineAttr(table.line)}>`,
    show && table.marks.length > 0 ? notes(table.marks, lang, 'gr-notes') : '',
    grid ? readOnlyNotice(table, lang) : '',
    `<table class="gr-table gr-${table.id}" data-table="${table.id}"${lineAttr(table.line)}${grid ? gridTableAttrs(table, table.columns) : ''}>`,
    `<colgroup>${cols}</colgroup>`,
    head.length > 0 ? `<thead>${head.join('')}</thead>` : '',
    `<tbody>${body.join('')}</tbody>`,
    '</table>',
    '</div>',
  ].join('');
}

function renderCell(cell: LayoutCell, table: string, lang: 'zh' | 'en', show: boolean, gridAttrs: string): string {
  const m = marked(cell.marks, lang, show);
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
  const place = cell.role === 'figure' ? ` data-cell="${esc(`${table}/${cell.tableId}/${cell.rowId}/${cell.columnId}`)}"` : '';
  const blank = cell.role === 'figure' && cell.text === '' ? ' gr-blank' : cell.vertical ? ' gr-vertical' : '';
  const tag = cell.role === 'figure' ? 'td' : 'th';
  const scope = cell.role === 'label' ? ` scope="${cell.rowSpan > 1 ? 'rowgroup' : 'row'}"` : cell.role === 'header' ? ` scope="${cell.colSpan > 1 ? 'colgroup' : 'col'}"` : '';
  const cls = `gr-${cell.role}${blank}${m.classes}`;
  // An empty figure keeps the row's height with no text in it: the blank is the fact to show.
  return `<${tag} class="${cls}"${spans}${scope}${place}${lineAttr(cell.line)}${rangeAttr(cell.range)}${m.title}${gridAttrs}>${m.symbol}${esc(cell.text)}</${tag}>`;
}

/** Diagnostics about a table or the whole document, listed (hidden in print). */
function notes(marks: readonly Mark[], lang: 'zh' | 'en', cls: string): string {
  const items = marks.map(
    (mk) => `<li class="gr-note gr-marked gr-${mk.severity}"${lineAttr(mk.range.start.line)}${rangeAttr(mk.range)}>${symbolHtml([mk])}${esc(mk.message[lang])} <span class="gr-rule">[${esc(mk.rule)}]</span></li>`,
  );
  return `<ul class="${cls}">${items.join('')}</ul>`;
}
