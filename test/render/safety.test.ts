import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport, renderPage } from '../../server/src/engine';
import { all, attr, bodyOf, documentOf, text, walk, type Node } from './dom';
import { hostileDraft, PAYLOADS } from './hostile';

/**
 * Untrusted text never becomes markup: the hostile draft's payloads come out as text in the
 * preview body and in the standalone page, and only http/https/mailto links survive as links.
 * (The browser tier runs the same pages and checks that nothing executes.)
 */

const ACTIVE = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style', 'link', 'base', 'form', 'meta']);

function assertInert(root: Node, allowed: { style: number; meta: number }) {
  const elements = [...walk(root)];
  const counts = { style: 0, meta: 0 };
  for (const e of elements) {
    if (e.tagName === 'style') counts.style++;
    else if (e.tagName === 'meta') counts.meta++;
    else expect(ACTIVE.has(e.tagName), `<${e.tagName}> in output`).toBe(false);
    for (const a of e.attrs) {
      expect(a.name.startsWith('on'), `${a.name} on <${e.tagName}>`).toBe(false);
      if (a.name === 'href' || a.name === 'src') expect(a.value).toMatch(/^(https?:|mailto:)/);
    }
  }
  expect(counts).toEqual(allowed);
}

describe('hostile draft', () => {
  const draft = hostileDraft();

  it('the preview body has no active element, no handler, no unsafe link', () => {
    const body = bodyOf(draft);
    assertInert(body, { style: 0, meta: 0 });
    const visible = text(body);
    for (const payload of ['<script>window.__pwned = "script"</script>', '<img src="x" onerror=', '](javascript:', '<style>body{display:none}</style>']) {
      expect(visible).toContain(payload);
    }
  });

  it('the standalone page: only its own style and meta elements', () => {
    const model = parseReport(draft);
    const page = renderPage(buildLayout(model, checkModel(model)));
    assertInert(documentOf(page), { style: 1, meta: 4 });
  });

  it('keeps http(s) and mailto links as links, with rel noopener', () => {
    const links = all(bodyOf(draft), (e) => e.tagName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual(['https://www.xiaoyi.gov.cn/', 'mailto:gk@xiaoyi.gov.cn']);
    for (const a of links) expect(attr(a, 'rel')).toContain('noopener');
  });

  it('shows text written in a figure cell as written, marked as not a number', () => {
    const cell = all(bodyOf(draft), (e) => attr(e, 'data-cell') === 't2/t2-5/licensing/decisions')[0];
    expect(text(cell)).toBe('无');
    expect(attr(cell, 'class')).toContain('gr-marked gr-error');
    expect(attr(cell, 'title')).toContain('cell-not-number');
  });

  it('every payload was in the draft (the test tests something)', () => {
    for (const p of PAYLOADS) expect(draft).toContain(p);
  });
});
