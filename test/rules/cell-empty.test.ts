import { describe, expect, it } from 'vitest';
import { BASE, brief, check, covered, expectFixRestores, replaceOnce, setCell, single, where } from './base';
import { applyEdits } from '../../server/src/engine';

describe('cell-empty', () => {
  it('flags a blank cell where a figure is required, on that cell', () => {
    const text = setCell(BASE, '行政复议', 1, '');
    const d = single(text);
    expect(d.rule).toBe('cell-empty');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('108:29-108:38');
    expect(covered(text, d)).toBe(' '.repeat(9));
    expect(d.message.zh).toBe('表四「行政复议」「结果维持」为空：须填写数字，没有则填 0');
    expect(d.message.en).toBe('Empty cell (table 四, “行政复议”, “结果维持”): a figure is required; write 0 for none');
    // One blank cell in the table: no "fill the whole table" fix besides the cell's own.
    expect(d.fixes.map((f) => f.title.zh)).toEqual(['填入 0']);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('reports a blank inside a sum as the blank only, never as an arithmetic fault', () => {
    const text = setCell(BASE, '（一）予以公开', 1, '');
    expect(check(text).map(brief)).toEqual(['cell-empty/error@76:70-76:77']);
  });

  describe('five blank cells: each fixable alone, or all at once', () => {
    let text = BASE;
    for (let c = 1; c <= 5; c++) text = setCell(text, '行政复议', c, '');
    const diagnostics = check(text);

    it('one diagnostic per blank cell, each offering to fill the whole table', () => {
      expect(diagnostics.map((d) => covered(text, d))).toEqual([' '.repeat(9), ' '.repeat(9), ' '.repeat(9), ' '.repeat(9), ' '.repeat(5)]);
      expect(diagnostics.every((d) => d.rule === 'cell-empty')).toBe(true);
      expect(diagnostics.map((d) => d.fixes.map((f) => f.title.en))).toEqual(Array(5).fill(['Fill with 0', 'Fill all 5 empty cells of table 四 with 0']));
      expect(diagnostics[0].fixes[1].title.zh).toBe('把表四的空白单元格全部填为 0（5 处）');
    });

    it('"fill all empty cells of this table" mends the table in one step', () => {
      expect(expectFixRestores(text, diagnostics[2], 1)).toBe(BASE);
    });

    it('the preferred fix fills just its own cell', () => {
      const fixed = applyEdits(text, diagnostics[2].fixes[0].edits).text;
      expect(check(fixed).map((d) => d.message.en)).toEqual([0, 1, 3, 4].map((i) => diagnostics[i].message.en));
    });
  });

  it('does not flag a group row written without cells: group rows carry no figures', () => {
    const text = replaceOnce(BASE, '| （三）不予公开                                                           |        |          |          |              |              |      |      |', '| （三）不予公开 |');
    expect(check(text)).toEqual([]);
  });
});
