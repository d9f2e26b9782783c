/**
 * A small XML reader for the parts of a Word document (document.xml, styles.xml,
 * numbering.xml): elements, attributes, text, CDATA and the predefined and numeric entities.
 * Declarations, comments, processing instructions and DOCTYPEs are skipped — no entity is ever
 * defined or fetched — so a hostile file can neither expand nor reach outside itself.
 *
 * Element and attribute names are given with a fixed prefix for the namespaces the reader
 * cares about (`w:` for WordprocessingML, transitional or strict), whatever prefix the file
 * declares; other names keep their own prefix.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

export class XmlError extends Error {}

interface Open {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  /** Prefix → canonical prefix, as declared on this element and its ancestors. */
  readonly scope: Readonly<Record<string, string>>;
}

export function parseXml(text: string): XmlElement {
  const root: Open = { name: '#document', attrs: {}, children: [], scope: {} };
  const stack: Open[] = [root];
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      addText(stack, text.slice(at));
      break;
    }
    if (lt > at) addText(stack, text.slice(at, lt));
    if (text.startsWith('<!--', lt)) at = skipTo(text, '-->', lt);
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new XmlError('unterminated CDATA');
      stack[stack.length - 1].children.push(text.slice(lt + 9, end));
      at = end + 3;
    } else if (text.startsWith('<?', lt)) at = skipTo(text, '?>', lt);
    else if (text.startsWith('<!', lt)) at = skipTo(text, '>', lt);
    else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      if (end < 0) throw new XmlError('unterminated end tag');
      const closing = stack.pop();
      if (!closing || stack.length === 0) throw new XmlError('unbalanced end tag');
      stack[stack.length - 1].children.push({ name: closing.name, attrs: closing.attrs, children: closing.children });
      at = end + 1;
    } else at = openTag(text, lt, stack);
  }
  if (stack.length !== 1) throw new XmlError('unclosed element');
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('no root element');
  return top;
}

const TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function openTag(text: string, lt: number, stack: Open[]): number {
  TAG.lastIndex = lt;
  const m = TAG.exec(text);
  if (!m) throw new XmlError(`malformed tag at ${lt}`);
  const parent = stack[stack.length - 1];
  const raw: [string, string][] = [];
  let scope = parent.scope;
  for (const a of m[2].matchAll(ATTR)) {
    const value = decodeEntities(a[2] ?? a[3] ?? '');
    if (a[1] === 'xmlns' || a[1].startsWith('xmlns:')) {
      const prefix = a[1] === 'xmlns' ? '' : a[1].slice(6);
      scope = { ...scope, [prefix]: KNOWN_NAMESPACES[value] ?? prefix };
    } else raw.push([a[1], value]);
  }
  const attrs: Record<string, string> = {};
  for (const [name, value] of raw) attrs[qualified(name, scope, false)] = value;
  const element: Open = { name: qualified(m[1], scope, true), attrs, children: [], scope };
  if (m[3] === '/') parent.children.push({ name: element.name, attrs, children: [] });
  else stack.push(element);
  return TAG.lastIndex;
}

function qualified(name: string, scope: Readonly<Record<string, string>>, element: boolean): string {
  const colon = name.indexOf(':');
  if (colon < 0) {
    // Unprefixed attributes have no namespace; unprefixed elements take the default one.
    const prefix = element ? scope[''] : undefined;
    return prefix ? `${prefix}:${name}` : name;
  }
  const prefix = name.slice(0, colon);
  return `${scope[prefix] ?? prefix}:${name.slice(colon + 1)}`;
}

function addText(stack: Open[], raw: string): void {
  if (stack.length > 1) stack[stack.length - 1].children.push(decodeEntities(raw));
}

function skipTo(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at < 0) throw new XmlError(`unterminated ${end}`);
  return at + end.length;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The element children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** An element's text nodes, concatenated (w:t, w:instrText). */
export function text(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : '')).join('');
}
