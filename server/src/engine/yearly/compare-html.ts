import { escapeHtml as esc } from '../render/escape';
import { SYMBOLS } from '../render/mark-html';
import { standalonePage } from '../render/standalone';
import type { Range } from '../text/source';
import type { Comparison, ComparisonFinding, FigureComparison, ParagraphComparison, RowComparison, SectionComparison, TableComparison } from './comparison';
import { COMPARE_CSS, COMPARE_PAGE_CSS } from './compare-styles';
import { figureText, heading, LABELS, noteworthy, PARAGRAPH_STATUS, percentText, SECTION_STATUS, signed, summaryText, yearLabel, type Lang } from './compare-words';

/**
 * The comparison as HTML: a fragment for the editor's view, and a standalone page (embedded
 * styles, no script, a CSP that allows nothing else) for `govreport compare --format html`.
 * Report text only ever enters through `esc`. Every figure and paragraph carries
 * `data-side` (last / this) and `data-range` ("line,char,line,char" in that year's source), which
 * the editor's view turns into links; "only changed figures" is a checkbox and CSS, no script.
 */

const range = (side: 'last' | 'this', r: Range | undefined) => (r ? ` data-side="${side}" data-range="${r.start.line},${r.start.character},${r.end.line},${r.end.character}"` : '');

/** A reference to a place in one year's source: the text shown, and the place as data attributes. */
function source(side: 'last' | 'this', r: Range | undefined, text: string, lang: Lang): string {
  if (!r) return esc(text);
  const title = side === 'last' ? LABELS.openLast[lang] : LABELS.openThis[lang];
  return `<span class="gr-src"${range(side, r)} title="${esc(title)}">${esc(text)}</span>`;
}

export function renderComparisonBody(c: Comparison, lang: Lang): string {
  const parts = [
    `<article class="gr-compare" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<header class="gr-cmp-head"><h1>${esc(heading(c, lang))}</h1><p class="gr-cmp-summary">${esc(summaryText(c, lang))}</p></header>`,
    `<input type="checkbox" id="gr-cmp-only-changed" class="gr-cmp-toggle"> <label for="gr-cmp-only-changed" class="gr-cmp-toggle-label">${esc(LABELS.onlyChanged[lang])}</label>`,
    `<section class="gr-cmp-figures"><h2>${esc(LABELS.tables[lang])}</h2>`,
    ...c.tables.map((t) => tableHtml(c, t, lang)),
    c.otherFindings.length > 0 ? `<h3>${esc(LABELS.other[lang])}</h3><ul class="gr-notes">${c.otherFindings.map((f) => `<li>${findingHtml(f, lang)}</li>`).join('')}</ul>` : '',
    '</section>',
    `<section class="gr-cmp-prose"><h2>${esc(LABELS.prose[lang])}</h2>`,
    ...c.sections.filter((s) => s.status !== 'absent').map((s) => sectionHtml(s, lang)),
    '</section>',
    '</article>',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

/** The standalone page: embedded styles only, no script, and a CSP that allows nothing else. */
export function renderComparisonPage(c: Comparison, lang: Lang): string {
  return standalonePage({ lang, title: heading(c, lang), css: COMPARE_CSS + COMPARE_PAGE_CSS, body: renderComparisonBody(c, lang) });
}

function tableHtml(c: Comparison, table: TableComparison, lang: Lang): string {
  const head = [LABELS.column[lang], yearLabel(c.last, 'last', lang), yearLabel(c.this, 'this', lang), LABELS.change[lang], LABELS.percent[lang]];
  const cols = head.map((h, i) => `<th scope="col"${i > 0 ? ' class="gr-num"' : ''}>${esc(h)}</th>`).join('');
  const quiet = table.rows.every((r) => r.figures.every((f) => !noteworthy(f)));
  return [
    `<table class="gr-cmp-table${quiet ? ' gr-unchanged' : ''}" data-table="${esc(table.id)}">`,
    `<caption>${esc(table.name[lang])}</caption>`,
    '<colgroup><col width="40%"><col width="17%"><col width="17%"><col width="13%"><col width="13%"></colgroup>',
    `<thead><tr>${cols}</tr></thead>`,
    `<tbody>${table.rows.map((r) => rowHtml(r, lang)).join('')}</tbody>`,
    '</table>',
  ].join('');
}

function rowHtml(row: RowComparison, lang: Lang): string {
  const quiet = row.figures.every((f) => !noteworthy(f));
  const links = [row.lastRange && source('last', row.lastRange, yearWord('last', lang), lang), row.thisRange && source('this', row.thisRange, yearWord('this', lang), lang)].filter(Boolean);
  const label = `<tr class="gr-cmp-row${row.role === 'group' ? ' gr-cmp-group' : ''}${quiet ? ' gr-unchanged' : ''}" data-row="${esc(row.id)}"><th colspan="5" scope="rowgroup">${esc(row.label)}${links.length > 0 ? `<span class="gr-links">${links.join('')}</span>` : ''}</th></tr>`;
  return label + row.figures.map((f) => figureHtml(f, lang)).join('');
}

const yearWord = (side: 'last' | 'this', lang: Lang) => (side === 'last' ? (lang === 'zh' ? '上年' : 'last year') : lang === 'zh' ? '本年' : 'this year');

function figureHtml(f: FigureComparison, lang: Lang): string {
  const moved = f.change !== undefined && f.change !== 0;
  const classes = ['gr-cmp-fig', noteworthy(f) ? 'gr-changed' : 'gr-unchanged', f.large ? 'gr-large' : ''].filter(Boolean).join(' ');
  const direction = !moved ? '' : f.change! > 0 ? ' gr-up' : ' gr-down';
  const flag = f.large ? `<span class="gr-flag" title="${esc(LABELS.large[lang])}">◆</span>` : '';
  const cells = [
    `<td class="gr-col">${flag}${esc(f.columnLabel)}</td>`,
    `<td class="gr-num gr-last">${source('last', f.last?.range, figureText(f.last), lang)}</td>`,
    `<td class="gr-num gr-this">${source('this', f.this?.range, figureText(f.this), lang)}</td>`,
    `<td class="gr-num gr-delta${direction}">${moved ? esc(signed(f.change!)) : ''}</td>`,
    `<td class="gr-num gr-pct${direction}">${esc(percentText(f, lang))}</td>`,
  ].join('');
  const findings = f.findings.map((x) => `<tr class="gr-finding gr-${x.severity}"><td colspan="5">${findingHtml(x, lang)}</td></tr>`).join('');
  return `<tr class="${classes}" data-column="${esc(f.column)}">${cells}</tr>${findings}`;
}

function findingHtml(f: ComparisonFinding, lang: Lang): string {
  return `<span class="gr-mark" aria-hidden="true">${SYMBOLS[f.severity]}</span> ${source('this', f.range, f.message[lang], lang)} <span class="gr-rule">[${esc(f.rule)}]</span>`;
}

function sectionHtml(s: SectionComparison, lang: Lang): string {
  return [
    `<section class="gr-cmp-section gr-${s.status}" data-section="${esc(s.id)}">`,
    `<h3>${esc(s.title[lang])}<span class="gr-badge">${esc(SECTION_STATUS[s.status][lang])}</span></h3>`,
    ...s.paragraphs.map((p) => paragraphHtml(p, lang)),
    '</section>',
  ].join('');
}

function paragraphHtml(p: ParagraphComparison, lang: Lang): string {
  const links = [p.last && source('last', p.last.range, yearWord('last', lang), lang), p.this && source('this', p.this.range, yearWord('this', lang), lang)].filter(Boolean).join(' ');
  let body: string;
  if (p.status === 'changed') body = (p.diff ?? []).map((d) => (d.kind === 'same' ? esc(d.text) : d.kind === 'removed' ? `<del>${esc(d.text)}</del>` : `<ins>${esc(d.text)}</ins>`)).join('');
  else if (p.status === 'added') body = `<ins>${esc(p.this!.text)}</ins>`;
  else if (p.status === 'removed') body = `<del>${esc(p.last!.text)}</del>`;
  else body = esc(p.this!.text);
  const notes = p.findings.length > 0 ? `<ul class="gr-notes">${p.findings.map((f) => `<li class="gr-finding gr-${f.severity}">${findingHtml(f, lang)}</li>`).join('')}</ul>` : '';
  return `<div class="gr-cmp-para gr-${p.status}"><div class="gr-meta"><span class="gr-badge">${esc(PARAGRAPH_STATUS[p.status][lang])}</span> ${links}</div><p>${body}</p>${notes}</div>`;
}
