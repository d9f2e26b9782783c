import { describe, expect, it } from 'vitest';
import { BASE, brief, check, covered, expectFixRestores, replaceOnce, setCell, single, where } from './base';
import { applyEdits, checkModel, fixAll, parseReport, reportTemplate } from '../../server/src/engine';
import { timeRatio } from '../helpers';


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

  describe('a blank the totals determine (found by npm run fuzz)', () => {
    // 表四「未经复议直接起诉」: 7 + 2 + 3 + 0 = 12. Fix-all used to write 0 and then change 总计 12 to 10.
    const text = setCell(BASE, '行政诉讼（未经复议直接起诉）', 2, '');

    it('the preferred fix writes the figure the total implies; 0 is still offered', () => {
      const d = single(text);
      expect(d.rule).toBe('cell-empty');
      expect(d.fixes.map((f) => [f.title.zh, f.preferred])).toEqual([
        ['填入 2（按勾稽关系推得）', true],
        ['填入 0', false],
      ]);
      expect(d.fixes[0].title.en).toBe('Fill with 2 (what the totals imply)');
      expect(expectFixRestores(text, d)).toBe(BASE);
    });

    it('fix-all restores the figure and leaves the total the author wrote', () => {
      expect(fixAll(text).text).toBe(BASE);
    });

    it('in table 三 too, where the blank takes part in three equations', () => {
      const t3 = setCell(BASE, '（一）予以公开', 1, '');
      expect(single(t3).fixes[0]).toMatchObject({ preferred: true, title: { en: 'Fill with 4 (what the totals imply)' } });
      expect(fixAll(t3).text).toBe(BASE);
    });

    it('totals that no count can satisfy: no fill is preferred, fix-all leaves the blank to the author', () => {
      const contradicted = setCell(text, '行政诉讼（未经复议直接起诉）', 5, '9');
      const d = check(contradicted).filter((x) => x.rule === 'cell-empty');
      expect(d.map((x) => x.fixes.map((f) => [f.title.en, f.preferred]))).toEqual([[['Fill with 0', false]]]);
      expect(fixAll(contradicted).text).toBe(contradicted);
    });
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

  describe('a table not filled in at all: one diagnostic for the table, cell by cell once filling has started', () => {
    const template = reportTemplate({ year: 2025, agency: '孝义市人民政府' });
    const empties = (text: string) => check(text).filter((d) => d.rule === 'cell-empty');

    it('the template: one per table (a one-cell table has its cell), not 200', () => {
      const found = empties(template);
      expect(found.map((d) => d.message.zh)).toEqual([
        '表二第二十条第（一）项尚未填写：6 个单元格为空',
        '表二第二十条第（五）项「行政许可」为空：须填写数字，没有则填 0',
        '表二第二十条第（六）项尚未填写：2 个单元格为空',
        '表二第二十条第（八）项「行政事业性收费」为空：须填写数字，没有则填 0',
        '表三尚未填写：175 个单元格为空',
        '表四尚未填写：15 个单元格为空',
      ]);
      const t3 = found[4];
      expect(t3.message.en).toBe('table 三 not filled in yet: 175 cells');
      expect(t3.severity).toBe('error');
      expect(t3.data).toEqual({ table: 't3', emptyCells: 175, unfilled: true });
      // On the table's first row, the whole line: the preview lists it with the table, not on one cell.
      expect(covered(template, t3)).toMatch(/^\| 一、本年新收政府信息公开申请数量 .*\|$/);
      // Offered, not preferred: Fix All leaves a table nobody has filled in as not filled in.
      expect(t3.fixes.map((f) => [f.title.zh, f.preferred])).toEqual([['把表三的空白单元格全部填为 0（175 处）', false]]);
      const afterFixAll = empties(fixAll(template).text).map((d) => d.message.en);
      expect(afterFixAll).toEqual([
        'table 二, Art. 20(1) not filled in yet: 6 cells',
        'table 二, Art. 20(6) not filled in yet: 2 cells',
        'table 三 not filled in yet: 175 cells',
        'table 四 not filled in yet: 15 cells',
      ]);
      const filled = applyEdits(template, t3.fixes[0].edits).text;
      expect(empties(filled).map((d) => d.message.en)).toEqual(found.filter((d) => d !== t3).map((d) => d.message.en));
      expect(check(filled).filter((d) => d.rule.startsWith('table3'))).toEqual([]);
    });

    it('one figure typed into table 三: every other blank of it is reported on its cell', () => {
      const started = setCell(template, '一、本年新收政府信息公开申请数量', 1, '3');
      const t3 = empties(started).filter((d) => d.message.zh.startsWith('表三'));
      expect(t3).toHaveLength(174);
      expect(t3[0].message.zh).toBe('表三「一、本年新收政府信息公开申请数量」「商业企业」为空：须填写数字，没有则填 0');
      expect(t3[0].fixes.map((f) => [f.title.en, f.preferred ?? false])).toEqual([
        ['Fill with 0', true],
        ['Fill all 174 empty cells of table 三 with 0', false],
      ]);
      // The whole-table fix is one object shared by every cell's finding, not rebuilt per cell.
      expect(t3[0].fixes[1]).toBe(t3[173].fixes[1]);
    });

    it('next year’s draft: a table holding only the figures carried over from last year is not filled in yet', () => {
      const carried = ['3', '0', '0', '0', '0', '0', '3'].reduce((t, v, i) => setCell(t, '二、上年结转', i + 1, v), template);
      const draft = [0, 28].reduce((t, v, i) => setCell(t, ['规章', '行政规范性文件'][i], 3, String(v)), carried);
      expect(empties(draft).map((d) => d.message.zh)).toEqual([
        '表二第二十条第（一）项尚未填写：4 个单元格为空（已有的 2 个数字是从上年报告结转的）',
        '表二第二十条第（五）项「行政许可」为空：须填写数字，没有则填 0',
        '表二第二十条第（六）项尚未填写：2 个单元格为空',
        '表二第二十条第（八）项「行政事业性收费」为空：须填写数字，没有则填 0',
        '表三尚未填写：168 个单元格为空（已有的 7 个数字是从上年报告结转的）',
        '表四尚未填写：15 个单元格为空',
      ]);
      expect(empties(draft)[4].message.en).toBe("table 三 not filled in yet: 168 cells (the 7 figures there are carried over from last year's report)");
      // Any other figure typed in, and the blanks are reported cell by cell again.
      expect(empties(setCell(draft, '行政规范性文件', 1, '4')).filter((d) => d.message.zh.startsWith('表二第二十条第（一）项'))).toHaveLength(3);
    });
  });

  it('fix-all on a long draft of blank rows grows linearly with the number of blank cells', () => {
    // A draft with table 三's rows written out again and again, one figure typed: thousands of
    // blank cells, each with its own fix. Quadratic work here took 30 s on a 51 K-character draft.
    // (Not in 二、上年结转: a table holding only figures carried over from last year counts as unfilled.)
    const template = setCell(reportTemplate({ year: 2024, agency: '孝义市人民政府' }), '一、本年新收', 1, '1').split('\n');
    const t3 = template.findIndex((l) => l.startsWith('## 三'));
    const t4 = template.findIndex((l) => l.startsWith('## 四'));
    const delimiter = template.findIndex((l, i) => i > t3 && /^\|[\s:|-]+\|$/.test(l));
    const rows = template.slice(delimiter + 1, t4).filter((l) => l.startsWith('|'));
    const draft = (copies: number) => [...template.slice(0, t4), ...Array.from({ length: copies }, () => rows).flat(), ...template.slice(t4)].join('\n');
    const small = draft(1);
    const large = draft(10);
    expect(checkModel(parseReport(large)).filter((d) => d.rule === 'cell-empty').length).toBeGreaterThan(1000);
    const ratio = timeRatio(() => fixAll(small), () => fixAll(large), 100);
    // Linear is at most ~10× (ten times the cells; measured 1.8×); quadratic was 56×. A wide margin for a busy machine.
    expect(ratio).toBeLessThan(20);
  });
});
