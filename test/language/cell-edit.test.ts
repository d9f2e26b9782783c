import { describe, expect, it } from 'vitest';
import { Analysis, applyEdits, cellEdit, checkModel, convertDocument, parseReport, validFigure, type CellAddress, type CellInput } from '../../server/src/engine';
import { displayWidth } from '../../server/src/engine/text/width';
import { EXAMPLE, XIAOYI } from './setup';

/**
 * The preview grid's edits, computed by the engine: one cell, found by its table, row and
 * column ids, rewritten at its column's width; input checked against the column's kind.
 */

function edit(text: string, cell: CellAddress, input: CellInput) {
  const model = parseReport(text);
  return cellEdit(model, Analysis.of(model), cell, input);
}

function apply(text: string, cell: CellAddress, input: CellInput): string {
  const result = edit(text, cell, input);
  if (!result.ok) throw new Error(result.reason.en);
  return result.edit ? applyEdits(text, [result.edit]).text : text;
}

const NEW_NATURAL = { table: 't3', row: 'new', column: 'natural' };
const lineOf = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle))!;

describe('cellEdit', () => {
  it('rewrites the one cell between its pipes, at its column width, so the table stays aligned', () => {
    const result = edit(EXAMPLE, NEW_NATURAL, { text: '62' });
    expect(result.ok).toBe(true);
    if (!result.ok || !result.edit) throw new Error('no edit');
    const line = EXAMPLE.split('\n').findIndex((l) => l.startsWith('| 一、本年新收'));
    expect(result.edit.range.start.line).toBe(line);
    expect(result.edit.range.end.line).toBe(line);
    expect(result.edit.newText).toBe('     62 ');
    const after = applyEdits(EXAMPLE, [result.edit]).text;
    const before = lineOf(EXAMPLE, '一、本年新收');
    expect(lineOf(after, '一、本年新收')).toBe(before.replace('|     61 |', '|     62 |'));
    // Only that line changed.
    expect(after.split('\n').filter((l, i) => l !== EXAMPLE.split('\n')[i])).toHaveLength(1);
    // The row's total no longer adds up: the check sees it at once.
    expect(checkModel(parseReport(after)).map((d) => d.rule)).toContain('table3-row-total');
  });

  it('clears a cell to an aligned blank, which the check reports as empty', () => {
    const after = apply(EXAMPLE, NEW_NATURAL, { text: '' });
    const line = lineOf(after, '一、本年新收');
    expect(displayWidth(line)).toBe(displayWidth(lineOf(EXAMPLE, '一、本年新收')));
    expect(line).toContain('|        |');
    expect(checkModel(parseReport(after)).filter((d) => d.rule === 'cell-empty')).toHaveLength(1);
  });

  it('fills a total with the value its equation computes, also when the total is blank', () => {
    const changed = apply(EXAMPLE, NEW_NATURAL, { text: '62' });
    const filled = apply(changed, { table: 't3', row: 'new', column: 'total' }, { fill: 'sum' });
    expect(lineOf(filled, '一、本年新收')).toMatch(/\|\s+71 \|$/);
    const blank = apply(EXAMPLE, { table: 't4', row: 'suit-direct', column: 'total' }, { text: '' });
    const refilled = apply(blank, { table: 't4', row: 'suit-direct', column: 'total' }, { fill: 'sum' });
    expect(refilled).toBe(EXAMPLE);
    // 四、结转下年度: 一 + 二 − （七）.
    expect(edit(EXAMPLE, { table: 't3', row: 'next', column: 'natural' }, { fill: 'sum' })).toMatchObject({ ok: true, text: '1' });
  });

  it('refuses "fill with the sum" while a term is blank, and for a cell that totals nothing', () => {
    const blank = apply(EXAMPLE, NEW_NATURAL, { text: '' });
    expect(edit(blank, { table: 't3', row: 'new', column: 'total' }, { fill: 'sum' })).toMatchObject({ ok: false, code: 'no-sum' });
    expect(edit(EXAMPLE, NEW_NATURAL, { fill: 'sum' })).toMatchObject({ ok: false, code: 'no-sum' });
  });

  it('writes nothing when the cell already holds the figure', () => {
    expect(edit(EXAMPLE, NEW_NATURAL, { text: ' 61 ' })).toEqual({ ok: true, text: '61' });
  });

  it('writes decimals in the fee column, and spells typed figures canonically', () => {
    const fee = apply(EXAMPLE, { table: 't2-8', row: 'fees', column: 'amount' }, { text: '12.50' });
    expect(lineOf(fee, '行政事业性收费')).toMatch(/\|\s+12\.5 \|$/);
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '３５' })).toMatchObject({ ok: true, text: '35' });
    expect(edit(EXAMPLE, { table: 't2-5', row: 'licensing', column: 'decisions' }, { text: '35,584' })).toMatchObject({ ok: true, text: '35584' });
  });

  it('refuses what is not a figure of the column, saying why, and writes nothing', () => {
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '-1' })).toMatchObject({ ok: false, code: 'invalid', reason: { en: 'A figure cannot be negative.' } });
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '1.5' })).toMatchObject({ ok: false, code: 'invalid', reason: { en: 'This is a count: a whole number is required.' } });
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '3件' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '<b>1</b>' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(edit(EXAMPLE, NEW_NATURAL, { text: '1234567890123456' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses to edit a pasted table cell by cell, and says why', () => {
    const result = edit(XIAOYI, NEW_NATURAL, { text: '1' });
    expect(result).toMatchObject({ ok: false, code: 'not-canonical' });
    if (!result.ok) expect(result.reason.en).toMatch(/^This table is not a standard pipe table .*convert it to a standard table first\.$/);
  });

  it('in a compact table (as govreport writes table 三) writes the figure with one space on each side', () => {
    const compact = convertDocument(XIAOYI, { fix: true }).text;
    expect(lineOf(compact, '一、本年新收')).toBe('| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |');
    expect(lineOf(apply(compact, NEW_NATURAL, { text: '1234' }), '一、本年新收')).toBe('| 一、本年新收政府信息公开申请数量 | 1234 | 5 | 0 | 0 | 2 | 2 | 70 |');
    const cleared = apply(compact, NEW_NATURAL, { text: '' });
    expect(lineOf(cleared, '一、本年新收')).toBe('| 一、本年新收政府信息公开申请数量 | | 5 | 0 | 0 | 2 | 2 | 70 |');
    expect(checkModel(parseReport(cleared)).filter((d) => d.rule === 'cell-empty')).toHaveLength(1);
    expect(apply(cleared, NEW_NATURAL, { text: '61' })).toBe(compact);
  });

  it('refuses a row the draft does not have, and a table it does not have', () => {
    const noRow = EXAMPLE.replace(/^\| 2\.重复申请 .*\n/m, '');
    expect(edit(noRow, { table: 't3', row: 'r5-2', column: 'natural' }, { text: '1' })).toMatchObject({ ok: false, code: 'no-cell' });
    const noTable = EXAMPLE.replace(/^\| 复议诉讼情况[\s\S]*?\| 行政诉讼（复议后起诉）.*\n/m, '');
    expect(edit(noTable, { table: 't4', row: 'review', column: 'upheld' }, { text: '1' })).toMatchObject({ ok: false, code: 'no-cell' });
  });
});

describe('validFigure', () => {
  it('accepts a count, the fee and an empty entry; refuses the rest', () => {
    expect(validFigure('0', 'count')).toEqual({ text: '0' });
    expect(validFigure('007', 'count')).toEqual({ text: '7' });
    expect(validFigure('', 'count')).toEqual({ text: '' });
    expect(validFigure('429.385756', 'money')).toEqual({ text: '429.385756' });
    expect(validFigure('-3', 'delta')).toEqual({ text: '-3' });
    expect('reason' in validFigure('无', 'count')).toBe(true);
    expect('reason' in validFigure('/', 'money')).toBe(true);
    expect('reason' in validFigure('?', 'count')).toBe(true);
  });
});
