import { parse, type DefaultTreeAdapterMap } from 'parse5';
import {
  buildLayout,
  checkModel,
  codeActions,
  codeLenses,
  completionsAt,
  documentSymbols,
  fixAllCodeAction,
  foldingRanges,
  formatTables,
  hoverAt,
  inlayHints,
  LanguageIndex,
  parseReport,
  renderBody,
  renderPage,
  type Diagnostic,
  type Range,
  type ReportModel,
  type Span,
  type SymbolEntry,
} from '../../server/src/engine';

/**
 * Every entry point of the engine on one text, with the invariants that hold whatever the text:
 * nothing throws, every span and range lies inside the document with start ≤ end, and the HTML
 * holds nothing executable. Violations throw an Error naming what broke (fast-check shrinks on it).
 */

export class Violation extends Error {}

export function violated(what: string): never {
  throw new Violation(what);
}

/** The document's lines as an editor counts them (CRLF, CR and LF all end a line), independently of the engine. */
export class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  /** Length of a line without its break. */
  length(line: number): number {
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    const raw = this.text.slice(this.starts[line], end);
    return raw.replace(/\r?\n$|\r$/, '').length;
  }
}

export function spanInside(lines: Lines, span: Span, what: string): void {
  if (!(span.start >= 0 && span.start <= span.end && span.end <= lines.text.length)) violated(`${what}: span ${span.start}–${span.end} outside 0–${lines.text.length} or reversed`);
}

export function rangeInside(lines: Lines, range: Range, what: string): void {
  const { start, end } = range;
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.starts.length && p.character >= 0 && p.character <= lines.length(p.line);
  if (!ok(start) || !ok(end)) violated(`${what}: range ${JSON.stringify(range)} outside the document`);
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) violated(`${what}: reversed range ${JSON.stringify(range)}`);
}

/** A span with its range: both inside, and the range the span's own position. */
function spanAndRange(lines: Lines, span: Span, range: Range, what: string): void {
  spanInside(lines, span, what);
  rangeInside(lines, range, what);
  const expected = { start: lines.position(span.start), end: lines.position(span.end) };
  if (JSON.stringify(expected) !== JSON.stringify({ start: range.start, end: range.end })) violated(`${what}: range ${JSON.stringify(range)} is not span ${span.start}–${span.end} (${JSON.stringify(expected)})`);
}

export function checkDiagnostics(lines: Lines, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.rule === 'parse' || d.message.zh.includes('内部出错')) violated(`a rule failed internally: ${d.rule} ${d.message.en}`);
    spanAndRange(lines, d.span, d.range, `diagnostic ${d.rule}`);
    for (const fix of d.fixes) for (const e of fix.edits) spanAndRange(lines, e.span, e.range, `fix of ${d.rule}`);
  }
}

function symbolsInside(lines: Lines, symbols: readonly SymbolEntry[]): void {
  for (const s of symbols) {
    rangeInside(lines, s.range, `symbol ${s.name}`);
    rangeInside(lines, s.selectionRange, `symbol ${s.name} selection`);
    symbolsInside(lines, s.children);
  }
}

/** Elements and attributes that could run or load something. */
const ACTIVE = new Set(['script', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'link', 'base', 'form', 'frame', 'frameset', 'applet', 'video', 'audio', 'source', 'meta', 'style']);

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const c of node.childNodes) yield* elements(c);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

/** The page's own <style> and <meta> elements are allowed (`own`); nothing else that can run or load. */
/**
 * A page reaches a browser's parser as bytes, where a lone surrogate of the report's text is
 * already U+FFFD. parse5, given a string, takes a trail surrogate followed by another for a
 * pair and throws (「\udfff\udfff」, found by npm run fuzz): the check reads what a browser reads.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function htmlInert(html: string, own: { style: number; meta: number }): void {
  const seen = { style: 0, meta: 0 };
  for (const e of elements(parse(html.replace(LONE_SURROGATE, '\uFFFD')))) {
    if (e.tagName === 'style' || e.tagName === 'meta') seen[e.tagName]++;
    else if (ACTIVE.has(e.tagName)) violated(`<${e.tagName}> in the HTML`);
    for (const a of e.attrs) {
      if (a.name.startsWith('on')) violated(`${a.name} attribute on <${e.tagName}>`);
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'formaction') && !/^(https?:|mailto:|#)/i.test(a.value)) violated(`${a.name}="${a.value}" on <${e.tagName}>`);
    }
  }
  if (seen.style > own.style || seen.meta > own.meta) violated(`${seen.style} <style> and ${seen.meta} <meta> elements; the page has ${own.style} and ${own.meta}`);
}

/** Parse, check and every editor feature; `probes` are offsets to hover, complete and ask for actions at. */
export function allEntryPoints(text: string, probes: readonly number[]): { model: ReportModel; diagnostics: Diagnostic[] } {
  const lines = new Lines(text);
  const model = parseReport(text);
  const diagnostics = checkModel(model);
  checkDiagnostics(lines, diagnostics);
  const index = new LanguageIndex(model);
  for (const lang of ['zh', 'en'] as const) {
    symbolsInside(lines, documentSymbols(index, lang));
    for (const h of inlayHints(index, lang)) {
      spanInside(lines, { start: h.offset, end: h.offset }, 'inlay hint');
      rangeInside(lines, { start: h.position, end: h.position }, 'inlay hint');
    }
    for (const l of codeLenses(index, diagnostics, lang, 'file:///fuzz.govreport.md')) rangeInside(lines, l.range, 'code lens');
  }
  for (const f of foldingRanges(index)) if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.starts.length)) violated(`folding ${f.startLine}–${f.endLine}`);
  for (const r of formatTables(index)) spanAndRange(lines, r.span, r.range, 'formatting edit');
  for (const raw of probes) {
    // A cursor stands between characters, never between the CR and LF of one line break.
    const at = Math.min(Math.max(0, raw), text.length);
    const offset = text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at;
    const hover = hoverAt(index, offset, raw % 2 === 0 ? 'zh' : 'en');
    if (hover) spanAndRange(lines, hover.span, hover.range, 'hover');
    for (const c of completionsAt(index, offset, 'zh')) spanAndRange(lines, c.edit.span, c.edit.range, `completion ${c.label}`);
    const span = { start: offset, end: Math.min(text.length, offset + (raw % 17)) };
    for (const a of codeActions(index, diagnostics, { span, only: raw % 3 === 0 ? ['source'] : undefined, lang: 'zh' })) {
      for (const e of a.edits ?? []) spanAndRange(lines, e.span, e.range, `code action ${a.title}`);
    }
  }
  const all = fixAllCodeAction(index, {}, 'zh');
  for (const e of all?.edits ?? []) spanAndRange(lines, e.span, e.range, 'fix-all action');
  const layout = buildLayout(model, diagnostics);
  htmlInert(renderBody(layout), { style: 0, meta: 0 });
  htmlInert(renderPage(layout), { style: 1, meta: 4 });
  return { model, diagnostics };
}
