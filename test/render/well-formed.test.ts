import { parse, type ParserError } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport, renderPage, reportTemplate } from '../../server/src/engine';
import { corpus } from '../helpers';
import { hostileDraft } from './hostile';
import { walk } from './dom';

/**
 * The rendered page is well-formed HTML: parse5 (the parser browsers implement) reports no
 * parse error, and every attribute is one the renderer means to write, with a value of the
 * expected shape. A stray quote once gave every diagnostic note an attribute named `"`.
 */

const ATTRIBUTES: Readonly<Record<string, RegExp>> = {
  class: /^[\w -]*$/,
  'data-line': /^\d+$/,
  'data-range': /^\d+,\d+,\d+,\d+$/,
  'data-cell': /^[\w/-]+$/,
  'data-table': /^[\w-]+$/,
  colspan: /^\d+$/,
  rowspan: /^\d+$/,
  scope: /^(row|col|rowgroup|colgroup)$/,
  title: /[^]*/,
  lang: /^[\w-]+$/,
  charset: /^utf-8$/,
  'http-equiv': /^Content-Security-Policy$/,
  content: /[^]*/,
  name: /^(viewport|generator)$/,
  href: /^(https?:|mailto:)/,
  rel: /^[\w ]+$/,
  width: /^[\d.]+%$/,
  'aria-hidden': /^true$/,
  'aria-label': /[^]*/,
  role: /^[\w]+$/,
};

function pageOf(text: string): string {
  const model = parseReport(text);
  return renderPage(buildLayout(model, checkModel(model)));
}

function expectWellFormed(html: string) {
  const errors: ParserError[] = [];
  const document = parse(html, { onParseError: (e) => errors.push(e) });
  expect(errors.map((e) => `${e.code} at ${e.startLine}:${e.startCol}: ${html.slice(e.startOffset - 40, e.startOffset + 20)}`)).toEqual([]);
  let attributes = 0;
  for (const element of walk(document)) {
    for (const a of element.attrs) {
      attributes++;
      const shape = Object.hasOwn(ATTRIBUTES, a.name) ? ATTRIBUTES[a.name] : undefined;
      expect(shape, `unexpected attribute ${a.name}="${a.value}" on <${element.tagName}>`).toBeDefined();
      expect(a.value, `${a.name} on <${element.tagName}>`).toMatch(shape!);
    }
  }
  return attributes;
}

describe('the rendered page is well-formed HTML', () => {
  it.each([
    ['the pasted corpus report, with notes on tables and on the document', corpus('xiaoyi-2024.txt')],
    ['a new report from the template (tables not filled in: one note per table)', reportTemplate({ year: 2025, agency: '孝义市人民政府' })],
    ['the hostile draft', hostileDraft()],
  ])('%s', (_, text) => {
    const html = pageOf(text);
    expect(html).toContain('class="gr-note');
    expect(expectWellFormed(html)).toBeGreaterThan(100);
  });
});
