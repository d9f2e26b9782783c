import { AlignmentType, ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { joinsCjk, markdown } from '../engine';
import type { Token } from 'markdown-it';
import { INDENT_2 } from './docx-style';

/**
 * Prose in the Word document, read by the same markdown-it instance as the HTML (raw HTML
 * off, links restricted to http/https/mailto), walked token by token: paragraphs with their
 * bold/italic runs, list items with their markers, block quotes indented, code as-is,
 * GFM tables as plain tables. Nothing a draft writes becomes a field or an active link
 * except an http(s)/mailto hyperlink.
 */

type Run = TextRun | ExternalHyperlink;
type Block = Paragraph | Table;

interface Style {
  bold: boolean;
  italics: boolean;
  code: boolean;
  href?: string;
}

export function proseBlocks(source: string): Block[] {
  const tokens = markdown().parse(source, {});
  const out: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let quote = 0;
  let pendingMarker = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) - 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        list.n++;
        pendingMarker = list.ordered ? `${list.n}. ` : '• ';
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'heading_open':
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const runs = inlineRuns(inline?.children ?? []);
        if (pendingMarker) runs.unshift(new TextRun(pendingMarker));
        const inList = lists.length > 0;
        out.push(
          new Paragraph({
            heading: t.type === 'heading_open' ? HeadingLevel.HEADING_2 : undefined,
            indent: inList || quote > 0 ? { left: INDENT_2 * (lists.length + quote) } : { firstLine: INDENT_2 },
            alignment: AlignmentType.JUSTIFIED,
            children: runs,
          }),
        );
        pendingMarker = '';
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of t.content.replace(/\n$/, '').split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }));
        break;
      case 'table_open': {
        const end = tokens.findIndex((x, j) => j > i && x.type === 'table_close');
        out.push(proseTable(tokens.slice(i, end + 1)));
        i = end;
        break;
      }
    }
  }
  return out;
}

function inlineRuns(children: readonly Token[]): Run[] {
  const runs: Run[] = [];
  const style: Style = { bold: false, italics: false, code: false };
  let link: TextRun[] | undefined;
  const push = (text: string) => {
    if (text === '') return;
    const run = new TextRun({ text, bold: style.bold || undefined, italics: style.italics || undefined, font: style.code ? 'Courier New' : undefined });
    if (link) link.push(run);
    else runs.push(run);
  };
  children.forEach((t, idx) => {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        style.code = t.type === 'code_inline';
        push(t.content);
        style.code = false;
        break;
      case 'softbreak':
        push(joinsCjk(children, idx) ? '' : ' ');
        break;
      case 'hardbreak':
        runs.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'strong_open':
      case 'strong_close':
        style.bold = t.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        style.italics = t.type === 'em_open';
        break;
      case 'link_open':
        // markdown-it only makes links of URLs its validateLink accepted (http, https, mailto).
        style.href = String(t.attrGet('href') ?? '') || undefined;
        link = [];
        break;
      case 'link_close':
        if (link && style.href) runs.push(new ExternalHyperlink({ link: style.href, children: link }));
        else if (link) runs.push(...link);
        link = undefined;
        style.href = undefined;
        break;
    }
  });
  return runs;
}

function proseTable(tokens: readonly Token[]): Table {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'tr_open') cells = [];
    if (t.type === 'th_open' || t.type === 'td_open') {
      const runs = inlineRuns(tokens[i + 1]?.children ?? []);
      cells.push(new TableCell({ children: [new Paragraph({ children: runs })] }));
    }
    if (t.type === 'tr_close') rows.push(new TableRow({ children: cells }));
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}
