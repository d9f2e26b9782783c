import { buildLayout, canonicalTablesText, FORMATS, parseReport, SECTIONS, tablesOfSection, toChineseNumeral, type LayoutBlock, type LayoutCell, type LayoutTable, type ReportModel } from '../../server/src/engine';
import { corpus } from '../helpers';
import { EXPECTED, rowIdFor, T2_ROWS, T4_ROWS } from '../corpus-figures';

/**
 * Web pages written the way government sites write them, from a real report: its prose (from
 * the corpus text) and its true figures (expected-figures.json), its tables in the official
 * merged layout (from the engine's layout model, so the layout is not written out twice) but
 * serialised as a CMS does: each cell's text in <p>, &nbsp; for a blank cell, <br /> inside
 * header cells, widths in percent, narrow columns for the group labels (so that a word
 * processor sets them one character per line), no `nowrap`. With `furniture`, the page has a
 * site's menu, breadcrumb, 发布日期/来源 line, share and print links and footer around it.
 */

export interface CmsPage {
  readonly html: string;
  /** The report the page was written from (canonical tables with the true figures). */
  readonly model: ReportModel;
}

export function cmsPage(file: string, options: { readonly furniture: boolean; readonly published?: string }): CmsPage {
  const source = parseReport(corpus(file));
  const model = parseReport(reportText(source, file));
  const layout = buildLayout(model, [], { lang: 'zh' });
  const body = layout.blocks.map(block).join('\n');
  const title = escape(model.title?.text ?? '');
  const article = `<div class="article-content" style="font-size:16px;line-height:28px">\n${body}\n</div>`;
  const page = options.furniture
    ? `<div class="header"><div class="logo">${escape(model.meta.agency?.value ?? '')}门户网站</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<h1 class="article-title">${title}</h1>
<div class="article-info">发布日期：${options.published ?? '2025-01-20'}&nbsp;&nbsp;来源：${escape(model.meta.agency?.value ?? '')}办公室&nbsp;&nbsp;浏览次数：1024&nbsp;&nbsp;字号：[大 中 小]</div>
${article}
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="footer"><p>主办单位：${escape(model.meta.agency?.value ?? '')}办公室　网站标识码：3208000001</p><p>备案号：苏ICP备05001234号</p></div>`
    : `<p style="text-align:center;font-size:22px"><strong>${title}</strong></p>\n${article}`;
  const html = `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${title}_政府信息公开</title>\n<style>table{border-collapse:collapse} td{border:1px solid #000;font-size:12px}</style>\n</head>\n<body>\n${page}\n</body>\n</html>\n`;
  return { html, model };
}

/** The report as text: its title, prose by section, and canonical tables holding the true figures. */
function reportText(source: ReportModel, file: string): string {
  const expected = EXPECTED[file];
  const version = source.format.version;
  const texts = new Map<string, string[]>();
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  for (const [name, values] of Object.entries(expected.table3 ?? {})) texts.set(rowIdFor(source, 't3', name), values.map(cell));
  for (const [name, values] of Object.entries(expected.table4 ?? {})) texts.set(T4_ROWS[name], values.map(cell));
  for (const [name, values] of Object.entries(expected.table2 ?? {})) {
    if (T2_ROWS[name]) texts.set(T2_ROWS[name][1], (Array.isArray(values) ? values : [values as number]).map((v) => cell(v as number | null)));
  }
  const out = [`# ${source.title?.text ?? ''}`, ''];
  const intro = source.paragraphs.filter((p) => p.sectionId === undefined).map((p) => p.text);
  out.push(...intro.flatMap((p) => [p, '']));
  for (const section of SECTIONS) {
    out.push(`## ${toChineseNumeral(section.number)}、${section.title}`, '');
    out.push(...source.paragraphs.filter((p) => p.sectionId === section.id).flatMap((p) => [p.text, '']));
    const specs = tablesOfSection(version, section.id).filter((t) => FORMATS[version].tables.includes(t));
    // Sub-tables of table 二 the transcription has no figures for (2019 reports) stay out.
    const written = specs.filter((t) => t.rows.some((r) => texts.has(r.id)));
    if (written.length > 0) out.push(canonicalTablesText(written, texts, '\n', { groups: true, rows: (r) => texts.has(r.id) }), '');
  }
  return out.join('\n');
}

function block(b: LayoutBlock): string {
  switch (b.kind) {
    case 'title':
      return '';
    case 'heading':
      return `<p style="text-indent:2em"><strong>${escape(b.text)}</strong></p>`;
    case 'prose':
      return b.markdown
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s*\n\s*/g, '').trim())
        .filter((p) => p !== '')
        .map((p) => `<p style="text-indent:2em">&nbsp;&nbsp;${escape(p)}</p>`)
        .join('\n');
    case 'signature':
      return [b.agency, b.date].filter(Boolean).map((t) => `<p style="text-align:right">${escape(t!)}</p>`).join('\n');
    case 'table':
      return table(b);
  }
}

function table(t: LayoutTable): string {
  const rows = t.rows.map((row) => `<tr>${row.cells.map(td).join('')}</tr>`).join('\n');
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function td(c: LayoutCell): string {
  const attrs = [c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '', c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''].join('');
  // A group label set top to bottom the way page editors do it: a line break after each character.
  const text = c.text === '' ? '&nbsp;' : c.vertical ? [...c.text].map(escape).join('<br />') : c.role === 'header' && c.text.length >= 6 ? `${escape(c.text.slice(0, 4))}<br />${escape(c.text.slice(4))}` : escape(c.text);
  return `<td${attrs} valign="middle"><p style="text-align:center">${text}</p></td>`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
