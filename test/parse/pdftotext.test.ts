import { describe, expect, it } from 'vitest';
import { checkModel, parseReport, type TableId } from '../../server/src/engine';
import { BASE } from '../rules/base';

/**
 * Tables as `pdftotext -layout` gives them: a long label wraps around its row's figures, its
 * first half on the line above them and the rest on the line below (淮安市 2024's
 * 「（二）部分公开（区分处理的，只计这一情」 / figures / 「形，不计其他情形）」); a placeholder
 * (无, —, /) stands among the figures. Found by fuzzing.
 */

/** The example with one table's pipe rows rewritten so: labels longer than 8 characters wrap around their figures. */
function pdftotext(header: string, lastRow: string): string {
  const lines = BASE.split('\n');
  const first = lines.findIndex((l) => l.startsWith(`| ${header}`));
  const last = lines.findIndex((l) => l.startsWith(`| ${lastRow}`));
  const out: string[] = [];
  for (const line of lines.slice(first, last + 1)) {
    if (line.startsWith('| ---')) continue;
    const [label, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    const figures = cells.map((c) => c.padStart(10)).join('');
    const chars = [...label];
    if (chars.length > 8 && cells.some((c) => c !== '')) out.push('', `  ${chars.slice(0, 8).join('')}`, `${' '.repeat(44)}${figures}`, `  ${chars.slice(8).join('')}`);
    else out.push('', `  ${label}${' '.repeat(Math.max(2, 42 - 2 * chars.length))}${figures}`);
  }
  return [...lines.slice(0, first), ...out, ...lines.slice(last + 1)].join('\n');
}

const values = (text: string, table: string, row: string) => parseReport(text).tables.get(table as TableId)!.byId.get(row)!.cells.map((c) => c.parsed.value);

describe('labels wrapped around their figures', () => {
  it('table 三: each figures line is the row it is (not one figure of a one-cell-per-line stream)', () => {
    const text = pdftotext('申请人情况', '四、结转下年度');
    expect(values(text, 't3', 'new')).toEqual([61, 5, 0, 0, 2, 2, 70]);
    expect(values(text, 't3', 'r2')).toEqual([25, 0, 0, 0, 0, 0, 25]);
    expect(checkModel(parseReport(text)).map((d) => d.rule)).toEqual(['table-pasted']);
  });

  it('table 四: the label’s second half names its own row’s block, not the next row’s', () => {
    const text = pdftotext('复议诉讼情况', '行政诉讼（复议后起诉）');
    expect(text).toContain('  行政诉讼（复议后\n');
    expect(values(text, 't4', 'suit-direct')).toEqual([7, 2, 3, 0, 12]);
    expect(values(text, 't4', 'suit-after')).toEqual([0, 0, 0, 0, 0]);
    expect(checkModel(parseReport(text)).map((d) => d.rule)).toEqual(['table-pasted']);
  });
});

describe('placeholders among space-aligned figures', () => {
  const t4 = (row: string) =>
    BASE.replace(/\| 复议诉讼情况[^]*?\n\n/, ['复议诉讼情况                                      结果维持      结果纠正      其他结果      尚未审结          总计', '', '  行政复议                                           0         0         0         0         0', '', row, '', '  行政诉讼（复议后起诉）                             0         0         0         0         0', '', ''].join('\n'));

  it('a placeholder between figures is a cell of the row (not part of its label)', () => {
    const text = t4('  行政诉讼（未经复议直接起诉）                       7        无         3         0        10');
    const d = checkModel(parseReport(text)).filter((x) => x.rule !== 'table-pasted');
    expect(d.map((x) => `${x.rule} ${parseReport(text).source.slice(x.span)}`)).toEqual(['cell-not-number 无']);
  });

  it('a placeholder first or last in the row is a cell too', () => {
    for (const row of ['  行政诉讼（未经复议直接起诉）                       —         2         3         0         5', '  行政诉讼（未经复议直接起诉）                       7         2         3         0         /']) {
      const text = t4(row);
      expect(checkModel(parseReport(text)).filter((x) => x.rule !== 'table-pasted').map((x) => x.rule), row).toEqual(['cell-not-number']);
    }
  });
});

describe('a row of 二 whose figure holds no digit', () => {
  /** 第二十条第（六）项 of the example space-aligned in the 2021 layout, its 行政强制 row written as given. */
  const t26 = (row: string) =>
    BASE.replace(
      /\| 第二十条第（六）项[^]*?\n\n/,
      ['第二十条第（六）项                            本年处理决定数量', '', '  行政处罚                                        5025', '', row, '', ''].join('\n'),
    );
  const read = (text: string) => {
    const model = parseReport(text);
    const rows = model.tables.get('t2-6' as TableId)!.rows;
    return { rows: rows.map((r) => `${r.spec.label}: ${r.cells.map((c) => c.raw).join(',')}`), rules: checkModel(model).filter((x) => x.rule !== 'table-pasted').map((x) => `${x.rule} ${model.source.slice(x.span)}`) };
  };

  it('a placeholder for its figure (「行政强制   /」) is its cell, not prose and a missing row', () => {
    const { rows, rules } = read(t26('  行政强制                                           /'));
    expect(rows).toEqual(['行政处罚: 5025', '行政强制: /']);
    expect(rules).toEqual(['cell-not-number /']);
  });

  it('its label alone (pdftotext drops a blank cell) is a row left blank', () => {
    const { rows, rules } = read(t26('  行政强制                                            '));
    expect(rows).toEqual(['行政处罚: 5025', '行政强制: ']);
    expect(rules.map((r) => r.split(' ')[0])).toEqual(['cell-empty']);
  });

  it('prose ending in a placeholder stays prose', () => {
    const { rows, rules } = read(t26('  本年度行政强制情况                        无'));
    expect(rows).toEqual(['行政处罚: 5025']);
    expect(rules.map((r) => r.split(' ')[0])).toEqual(['row-missing']);
  });
});
