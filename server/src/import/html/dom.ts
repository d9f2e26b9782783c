import type { DefaultTreeAdapterMap } from 'parse5';

/** parse5's tree, and the few questions the reader asks of it. */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text';
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function children(node: Node): readonly Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as unknown as { content: ParentNode }).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Elements whose content is never report text. */
export const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'nav', 'map', 'video', 'audio']);

/** Elements that start and end a block of text (the rest are inline). */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

export const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** The first line of the page source an element or text starts on (1-based). */
export function lineOf(node: Node, fallback: number): number {
  return node.sourceCodeLocation?.startLine ?? fallback;
}

/** All text under a node, as a browser would lay it out in one line (no block separation). */
export function textContent(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && SKIPPED.has(node.tagName)) return '';
  return children(node).map(textContent).join('');
}

export function isBold(element: Element): boolean {
  if (element.tagName === 'strong' || element.tagName === 'b') return true;
  const style = attr(element, 'style') ?? '';
  return /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/** Hidden by the page itself (a collapsed menu, a screen-reader-only label). */
export function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '');
}

/** A heading's or cell's text: its blocks joined, hidden parts left out. */
export function inlineText(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && (SKIPPED.has(node.tagName) || isHidden(node))) return '';
  if (isElement(node) && node.tagName === 'br') return '\n';
  const inner = children(node).map(inlineText).join('');
  return isElement(node) && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}
