import { parse } from 'parse5';
import type { Block, ImportedDocument, Origin, Run } from '../document';
import { collapseSpace, isCjk } from '../text';
import { findReport } from './content';
import { decodeHtml } from './decode';
import { BLOCKS, children, HEADINGS, inlineText, isBold, isElement, isHidden, isText, lineOf, SKIPPED, type Element, type Node } from './dom';
import { isLayoutTable, readTable } from './table';

/**
 * A web page — saved from the browser, or a page's HTML — as the document model: headings,
 * paragraphs (a <br> ends one, as it does on screen), tables as grids with rowspan/colspan
 * expanded. Only the report is read: the page's menus, footers and 发布日期/来源 lines are
 * left out (content.ts finds the report inside them).
 */
export function readHtml(bytes: Uint8Array): ImportedDocument {
  const html = decodeHtml(bytes);
  const document = parse(html, { sourceCodeLocationInfo: true });
  const found = findReport(document);
  const walker = new BlockWalker(found.skip);
  if (found.title) walker.heading(found.title, 1);
  for (const root of found.roots) walker.walk(root);
  walker.flush();
  return { format: 'html', blocks: walker.blocks.filter((b) => !(b.kind === 'paragraph' && found.isFurniture(b))), published: found.published };
}

class BlockWalker {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];
  private origin: Origin | undefined;
  private line = 1;

  constructor(private readonly skip: (node: Node) => boolean) {}

  walk(node: Node, bold = false): void {
    if (isText(node)) {
      this.text(node.value, bold, lineOf(node, this.line));
      return;
    }
    if (!isElement(node)) {
      for (const child of children(node)) this.walk(child, bold);
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag) || isHidden(node) || this.skip(node)) return;
    this.line = lineOf(node, this.line);
    if (tag === 'br' || tag === 'hr') return this.flush();
    if (HEADINGS[tag]) return this.heading(node, HEADINGS[tag]);
    if (tag === 'table' && !isLayoutTable(node)) {
      this.flush();
      const table = readTable(node);
      if (table.rows.length > 0) this.blocks.push({ kind: 'table', rows: table.rows, origin: { kind: 'html', line: this.line } });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    const strong = bold || isBold(node);
    for (const child of children(node)) this.walk(child, strong);
    if (block) this.flush();
  }

  heading(element: Element, level: number): void {
    this.flush();
    this.line = lineOf(element, this.line);
    const text = collapseSpace(inlineText(element));
    if (text !== '') this.blocks.push({ kind: 'heading', level, text, origin: { kind: 'html', line: this.line } });
  }

  private text(value: string, bold: boolean, line: number): void {
    if (value.trim() === '' && this.runs.length === 0) return;
    this.origin ??= { kind: 'html', line };
    this.runs.push({ text: value, bold });
  }

  flush(): void {
    const runs = collapseRuns(this.runs);
    if (runs.length > 0 && this.origin) this.blocks.push({ kind: 'paragraph', runs, origin: this.origin });
    this.runs = [];
    this.origin = undefined;
  }
}

/**
 * A paragraph's runs with the page's whitespace collapsed across run boundaries, the CJK way
 * (text.ts); indentation (&nbsp;, 　) at its start and space at its end dropped. A space
 * between a bold run and a plain one is plain, so emphasis hugs its words.
 */
function collapseRuns(runs: readonly Run[]): Run[] {
  const chars: string[] = [];
  const bold: boolean[] = [];
  for (const run of runs) for (const ch of run.text) (chars.push(ch), bold.push(Boolean(run.bold)));
  const out: { ch: string; bold: boolean }[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!SPACE.test(chars[i])) {
      out.push({ ch: chars[i], bold: bold[i] });
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && SPACE.test(chars[j])) j++;
    const before = out[out.length - 1];
    if (before && j < chars.length && !(isCjk(before.ch) && isCjk(chars[j]))) out.push({ ch: ' ', bold: before.bold && bold[j] });
    i = j;
  }
  const merged: Run[] = [];
  for (const c of out) {
    const last = merged[merged.length - 1];
    if (last && Boolean(last.bold) === c.bold) merged[merged.length - 1] = { text: last.text + c.ch, bold: c.bold };
    else merged.push({ text: c.ch, bold: c.bold });
  }
  return merged;
}

const SPACE = /[\s\u00a0\u3000]/;
