// From its module, not the engine's index: the readers' bundle takes only what it uses.
import { SECTIONS } from '../../engine/format/sections';
import { plainText, type Block } from '../document';
import { attr, children, HEADINGS, isElement, SKIPPED, textContent, type Element, type Node } from './dom';

/**
 * Where the report is on a page. A government site wraps it in menus, breadcrumbs, a
 * 发布日期/来源/浏览次数 line, share buttons and a footer; the report is the smallest element that
 * holds as many of the six section titles as the page has. Its title is usually just above it
 * (an <h1>, or the page's <title>), and the 发布日期 line is kept as the publication date.
 */

export interface FoundReport {
  /** The elements to read, in order. */
  readonly roots: readonly Node[];
  /** The report's title, when it is outside the roots. */
  readonly title?: Element;
  /** YYYY-MM-DD from the page's 发布日期 line or publication <meta>. */
  readonly published?: string;
  /** A short line of page furniture inside the report's container (打印本页, 来源：…). */
  isFurniture(block: Block): boolean;
  /** A part of the page around the report (menu, footer, share bar): not read. */
  skip(node: Node): boolean;
}

/** Section titles without their numbers, spaces removed: enough to recognise each section. */
const MARKERS = SECTIONS.map((s) => s.title.replace(/\s+/g, ''));
/** Fewer than this many section titles: the page is not (all of) a report; read the whole body. */
const ENOUGH = 3;

export function findReport(document: Node): FoundReport {
  const html = children(document).find((n): n is Element => isElement(n) && n.tagName === 'html');
  const body = html && children(html).find((n): n is Element => isElement(n) && n.tagName === 'body');
  const published = publishedDate(document);
  if (!body) return { roots: [document], published, isFurniture, skip: isFurnitureElement };
  const root = reportRoot(body);
  const title = isTitle(firstLine(root)) ? undefined : titleBefore(body, root);
  return { roots: [root], title, published, isFurniture, skip: isFurnitureElement };
}

function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * How many section titles a node holds as headings: in short blocks of text only, since an
 * introduction that lists the six parts (「本报告由总体情况，主动公开……组成」) names them all.
 */
function markerCount(node: Node): number {
  let mask = MASKS.get(node);
  if (mask === undefined) {
    const text = compact(textContent(node));
    if (text.length <= HEADING_LENGTH) mask = MARKERS.reduce((m, marker, i) => (text.includes(marker) ? m | (1 << i) : m), 0);
    else mask = children(node).reduce((m, c) => m | maskOf(c), 0);
    MASKS.set(node, mask);
  }
  return bitCount(mask);
}

const MASKS = new WeakMap<Node, number>();
/** A section heading with its number and some decoration (「四、政府信息公开行政复议、行政诉讼情况」 is 19 characters). */
const HEADING_LENGTH = 40;

function maskOf(node: Node): number {
  markerCount(node);
  return MASKS.get(node) ?? 0;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Down from <body> while one child holds every section title found. */
function reportRoot(body: Element): Element {
  const total = markerCount(body);
  if (total < ENOUGH) return body;
  let root = body;
  for (;;) {
    const next = children(root).find((c): c is Element => isElement(c) && !SKIPPED.has(c.tagName) && markerCount(c) === total);
    if (!next) return root;
    root = next;
  }
}

/** A report's title: one short line naming a 年度报告, not a sentence. */
function isTitle(text: string | undefined): boolean {
  return text !== undefined && text.length >= 8 && text.length <= 60 && /年度?报告|年报/.test(text) && !/[。；，]/.test(text);
}

/** The text of the first block of an element that has any. */
function firstLine(node: Node): string | undefined {
  for (const c of children(node)) {
    if (!isElement(c)) {
      const t = compact(textContent(c));
      if (t !== '') return t;
      continue;
    }
    if (SKIPPED.has(c.tagName)) continue;
    const hasBlocks = children(c).some((g) => isElement(g) && BLOCK_TAGS.has(g.tagName));
    const t = hasBlocks ? firstLine(c) : compact(textContent(c));
    if (t) return t;
  }
  return undefined;
}

const BLOCK_TAGS = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'table', 'section', 'article', 'ul', 'ol', 'li', 'center']);

/** The last short element naming a 年度报告 before the report (its <h1>). */
function titleBefore(body: Element, root: Element): Element | undefined {
  let found: Element | undefined;
  const visit = (node: Node): boolean => {
    if (node === root) return true;
    if (!isElement(node) || SKIPPED.has(node.tagName)) return false;
    const leaf = !children(node).some((c) => isElement(c) && (HEADINGS[c.tagName] !== undefined || ['div', 'p', 'td', 'li', 'span', 'h1'].includes(c.tagName)));
    if (leaf || HEADINGS[node.tagName] !== undefined) {
      if (isTitle(compact(textContent(node)))) found = node;
      if (leaf || HEADINGS[node.tagName] !== undefined) return false;
    }
    for (const c of children(node)) if (visit(c)) return true;
    return false;
  };
  visit(body);
  return found;
}

const PUBLISHED = /(?:发布|公开|发稿|成文)(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const META_DATE = /^(?:pubdate|publishdate|firstpublishedtime|article:published_time|dc\.date)$/i;

function publishedDate(document: Node): string | undefined {
  const meta = findElement(document, (e) => e.tagName === 'meta' && META_DATE.test(attr(e, 'name') ?? attr(e, 'property') ?? ''));
  const fromMeta = meta && /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(attr(meta, 'content') ?? '');
  const m = fromMeta ?? PUBLISHED.exec(textContent(document).replace(/[\u00a0\u3000]/g, ' '));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
}

function findElement(node: Node, test: (e: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const c of children(node)) {
    const hit = findElement(c, test);
    if (hit) return hit;
  }
  return undefined;
}

const FURNITURE_NAMES = /(^|[\s_-])(nav|navbar|menu|header|footer|foot|breadcrumb|crumbs?|location|position|share|sidebar|side|toolbar|copyright|links?|search|login)([\s_-]|$)/i;
const FURNITURE_TAGS = new Set(['header', 'footer', 'nav', 'aside']);

/** A page part around the report (menu, footer) when the report has no container of its own. */
function isFurnitureElement(node: Node): boolean {
  if (!isElement(node)) return false;
  if (!FURNITURE_TAGS.has(node.tagName) && !FURNITURE_NAMES.test(`${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`)) return false;
  // A container named like page furniture that holds the report after all is read.
  return markerCount(node) === 0 && findElement(node, (e) => e.tagName === 'table') === undefined;
}

/** Lines every article page carries around its text. */
const FURNITURE_LINE =
  /^(【|\[)?\s*(发布(日期|时间|机构)|来源|信息来源|作者|浏览(次数|量)?|访问(次数|量)|点击(数|量|次数)?|阅读(次数|量)|字号|打印|关闭|返回|收藏|分享|扫一扫|责任编辑|编辑|上一篇|下一篇|相关(链接|文章|阅读)|索引号|主题分类|文号|发文机关|视力保护色)/;

function isFurniture(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = plainText(block.runs).trim();
  return text.length <= 80 && FURNITURE_LINE.test(text);
}
