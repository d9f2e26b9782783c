import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport, renderBody, renderPage } from '../../server/src/engine';
import { corpus } from '../helpers';
import { all, attr, canonicalText, cells, documentOf, figures, grid, isElement, rows, table, type Element } from './dom';

/**
 * The preview's tables as ARIA grids: every cell's aria-colindex is the column a browser puts
 * it in (merged cells included), every row has its aria-rowindex, figures carry what editing
 * needs (kind, read-only reason, the computed total), and the exported page has none of it.
 */

function gridBody(text: string, lang: 'zh' | 'en' = 'zh'): Element {
  const model = parseReport(text);
  const fragment = parseFragment(renderBody(buildLayout(model, checkModel(model), { lang }), { grid: true }));
  return fragment.childNodes.find((n): n is Element => isElement(n))!;
}

describe('grid markup', () => {
  const body = gridBody(canonicalText());

  it('gives every cell of the three tables the column and row a browser lays it out in', () => {
    for (const id of ['t2', 't3', 't4']) {
      const el = table(body, id);
      expect(attr(el, 'role')).toBe('grid');
      const layout = grid(el);
      expect(Number(attr(el, 'aria-colcount'))).toBe(Math.max(...layout.map((r) => r.length)));
      expect(Number(attr(el, 'aria-rowcount'))).toBe(rows(el).length);
      rows(el).forEach((tr, r) => {
        expect(attr(tr, 'aria-rowindex')).toBe(String(r + 1));
        for (const cell of cells(tr)) expect(layout[r][Number(attr(cell, 'aria-colindex')) - 1]).toBe(cell);
      });
    }
  });

  it('marks figures as editable grid cells with their kind, and totals with the value they should hold', () => {
    const cellsByPlace = figures(body);
    const natural = cellsByPlace.get('t3/t3/new/natural')!;
    expect(attr(natural, 'role')).toBe('gridcell');
    expect(attr(natural, 'tabindex')).toBe('-1');
    expect(attr(natural, 'data-kind')).toBe('count');
    expect(attr(natural, 'aria-readonly')).toBeUndefined();
    expect(attr(natural, 'data-fill')).toBeUndefined();
    expect(attr(cellsByPlace.get('t3/t3/new/total')!, 'data-fill')).toBe('70');
    expect(attr(cellsByPlace.get('t3/t3/r7/natural')!, 'data-fill')).toBe('60');
    expect(attr(cellsByPlace.get('t3/t3/next/natural')!, 'data-fill')).toBe('1');
    expect(attr(cellsByPlace.get('t4/t4/suit-direct/total')!, 'data-fill')).toBe('12');
    expect(attr(cellsByPlace.get('t2/t2-8/fees/amount')!, 'data-kind')).toBe('money');
    expect(all(body, (e) => attr(e, 'class') === 'gr-grid-note')).toEqual([]);
  });

  it('explains over a pasted table why it cannot be edited, with a button to convert it', () => {
    const pasted = gridBody(corpus('xiaoyi-2024.txt'), 'en');
    const notes = all(pasted, (e) => attr(e, 'class') === 'gr-grid-note');
    expect(notes).toHaveLength(3);
    const button = all(notes[1], (e) => e.tagName === 'button')[0];
    expect(attr(button, 'data-action')).toBe('convert');
    expect(attr(figures(pasted).get('t3/t3/new/natural')!, 'aria-readonly')).toBe('true');
    expect(attr(figures(pasted).get('t3/t3/new/natural')!, 'data-readonly')).toMatch(/^This table is not a standard pipe table/);
  });

  it('offers to insert a table the draft lacks', () => {
    const text = canonicalText().replace(/^\| 复议诉讼情况[\s\S]*?\| 行政诉讼（复议后起诉）.*\n/m, '');
    const note = all(gridBody(text), (e) => attr(e, 'class') === 'gr-grid-note');
    expect(note).toHaveLength(1);
    expect(attr(all(note[0], (e) => e.tagName === 'button')[0], 'data-action')).toBe('insert');
  });

  it('leaves the exported page a plain document', () => {
    const model = parseReport(canonicalText());
    const page = renderPage(buildLayout(model, checkModel(model)));
    const doc = documentOf(page);
    expect(all(doc, (e) => attr(e, 'role') === 'grid' || attr(e, 'aria-colindex') !== undefined || attr(e, 'tabindex') !== undefined)).toEqual([]);
    expect(page).not.toContain('gr-grid-note');
  });
});
