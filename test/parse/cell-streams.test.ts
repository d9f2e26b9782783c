import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkModel, fixAll, parseReport, type TableId } from '../../server/src/engine';
import { tableExtents } from '../../server/src/engine/language/tables';
import { ROOT, check } from '../helpers';
import { BASE, replaceOnce } from '../rules/base';

/** Tables written one cell per line: rows from cells, each cell with its own span on its own line. */

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/layouts', name), 'utf8');

/** A minimal report whose table 二 (第二十条第（一）项) is given as lines. */
function report(t2: string[]): string {
  return ['# 某县统计局2024年政府信息公开工作年度报告', '', '## 二、主动公开政府信息情况', '', ...t2, ''].join('\n');
}

describe('one cell per line', () => {
  const text = fixture('cell-per-line.txt');
  const model = parseReport(text);

  it('reads a row from a label and the figures on the lines below it, each cell with its own span', () => {
    const row = model.tables.get('t2-1' as TableId)!.byId.get('normative')!;
    const lines = text.split('\n');
    expect(lines[row.line]).toBe('行政规范性文件');
    expect(row.lastLine).toBe(row.line + 3);
    expect(row.source).toBe('stream');
    expect(row.cells.map((c) => model.source.slice(c.span))).toEqual(['10', '0', '38']);
    expect(row.cells.map((c) => model.source.lineAt(c.span.start))).toEqual([row.line + 1, row.line + 2, row.line + 3]);
  });

  it('puts the text-table diagnostic on the very figure and the prose claim on the prose', () => {
    const [d] = checkModel(model).filter((x) => x.rule === 'text-table-mismatch');
    expect(d.message.zh).toBe('正文“出台行政规范性文件 8 件”与表二「行政规范性文件」「本年制发件数」 10 不符');
  });

  it('gives each table an extent down to its last cell line', () => {
    const t3 = tableExtents(model).find((e) => e.table.id === 't3')!;
    expect(text.split('\n')[t3.lastLine]).toBe('1');
    expect(t3.lastLine).toBe(model.tables.get('t3' as TableId)!.byId.get('next')!.lastLine);
  });

  it('reads a label wrapped over two lines as one', () => {
    const wrapped = report(['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范', '性文件', '3', '1', '12']);
    const row = parseReport(wrapped).tables.get('t2-1' as TableId)!.byId.get('normative')!;
    expect(row.label.text).toBe('行政规范性文件');
    expect(row.cells.map((c) => c.parsed.value)).toEqual([3, 1, 12]);
  });

  it('leaves figures that cannot be placed unread, and says so once for the region', () => {
    const lines = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '0', '0', '0', '3', '1', '12'];
    const d = check(report(lines));
    const unknown = d.filter((x) => x.rule === 'row-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message.zh).toBe('表二所在部分有 6 行数字无法对应到表二的行，未读取；请对照原件核实');
    expect(d.filter((x) => x.rule === 'row-missing' || x.rule === 'column-count' || x.rule === 'cell-empty')).toEqual([]);
  });
});

describe('one cell per line with a trailing pipe', () => {
  it('reads a line of pipes as blank cells, and fills them in with the cell-empty fix', () => {
    const text = fixture('broken-header.txt');
    const model = parseReport(text);
    const review = model.tables.get('t4' as TableId)!.byId.get('review')!;
    expect(review.cells.map((c) => c.parsed.status)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty']);
    expect(model.source.lineText(review.line)).toBe('|||||');
    const fixed = fixAll(text, { rules: ['cell-empty'] } as never).text;
    const after = parseReport(fixed);
    expect(after.tables.get('t4' as TableId)!.byId.get('review')!.cells.map((c) => c.parsed.value)).toEqual([0, 0, 0, 0, 0]);
    expect(checkModel(after).filter((d) => d.rule === 'cell-empty')).toEqual([]);
  });

  it('never reads the header cell 总计 over its padding as the row （七）总计', () => {
    const model = parseReport(fixture('broken-header.txt'));
    const total = model.tables.get('t3' as TableId)!.byId.get('r7')!;
    expect(model.source.lineText(total.line)).toBe('（七）总计 |');
    expect(total.cells.map((c) => c.parsed.value)).toEqual([60, 5, 0, 0, 2, 2, 69]);
    expect(model.tables.get('t3' as TableId)!.duplicates).toEqual([]);
  });
});

describe('cells separated by lines holding only a pipe', () => {
  const lines = ['第二十条第（一）项', '|', '信息内容', '|', '本年制发件数', '|', '本年废止件数', '|', '现行有效件数', '|', '规章', '|', '0', '|', '|', '0', '|', '行政规范性文件', '|', '3', '|', '1', '|', '12'];

  it('reads two separators with nothing between as a blank cell', () => {
    const model = parseReport(report(lines));
    const rules = model.tables.get('t2-1' as TableId)!.byId.get('rules')!;
    expect(rules.cells.map((c) => c.parsed.status)).toEqual(['ok', 'empty', 'ok']);
    const d = checkModel(model).filter((x) => x.rule === 'cell-empty');
    expect(d).toHaveLength(1);
    const fixed = applyEdits(model.source.text, d[0].fixes[0].edits).text;
    expect(parseReport(fixed).tables.get('t2-1' as TableId)!.byId.get('rules')!.cells.map((c) => c.parsed.value)).toEqual([0, 0, 0]);
  });
});

describe('header rows', () => {
  it('a header cell 总计 over blank cells, above the first row of figures, is not the row （七）总计', () => {
    const header = BASE.split('\n').find((l) => l.startsWith('| 申请人情况'))!;
    const delimiter = BASE.split('\n')[BASE.split('\n').indexOf(header) + 1];
    const text = replaceOnce(BASE, `${header}\n${delimiter}\n`, `${header}\n${delimiter}\n| 总计 | | | | | | | |\n`);
    expect(check(text).map((d) => d.rule)).toEqual(['table-pasted']);
  });
});

describe('not a stream', () => {
  it('a line of space-aligned figures between the halves of a wrapped label is a row, not one cell', () => {
    const text = [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '复议诉讼情况        结果维持  结果纠正  其他结果  尚未审结  总计',
      '  行政复议              0         0         0         0      0',
      '  行政诉讼（未经复议',
      '                        7         2         3         0     12',
      '  直接起诉）',
      '  行政诉讼（复议',
      '                        0         0         0         0      0',
      '  后起诉）',
      '',
    ].join('\n');
    const row = parseReport(text).tables.get('t4' as TableId)!.byId.get('suit-direct')!;
    expect(row.source).toBe('space');
    expect(row.cells.map((c) => c.parsed.value)).toEqual([7, 2, 3, 0, 12]);
    expect(parseReport(text).tables.get('t4' as TableId)!.byId.get('suit-after')!.cells.map((c) => c.parsed.value)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('suppression inside a table written one cell per line', () => {
  it('a disable-next-line comment above a figure silences that cell and keeps the row whole', () => {
    const lines = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '<!-- govreport-disable-next-line cell-not-number -->', '/', '0', '行政规范性文件', '3', '/', '12'];
    const model = parseReport(report(lines));
    expect(model.tables.get('t2-1' as TableId)!.byId.get('rules')!.cells.map((c) => c.raw)).toEqual(['0', '/', '0']);
    const notNumber = checkModel(model).filter((d) => d.rule === 'cell-not-number');
    expect(notNumber.map((d) => model.source.lineText(d.range.start.line))).toEqual(['/']);
    expect(notNumber[0].range.start.line).toBe(lines.indexOf('行政规范性文件') + 6);
  });
});
