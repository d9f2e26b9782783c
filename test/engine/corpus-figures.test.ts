import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type ReportModel, type TableId } from '../../server/src/engine';
import { CORPUS, corpus } from '../helpers';

/**
 * Every figure of every corpus report, read by the parser, against the hand transcription in
 * expected-figures.json. For the two damaged pdf2md files a figure may be unreadable (reported
 * as such), but never different.
 */

interface Expected {
  table2?: Record<string, number | (number | null)[] | string>;
  table3?: Record<string, (number | null)[]>;
  table4?: Record<string, (number | null)[]>;
}

const expected: Record<string, Expected> = JSON.parse(readFileSync(join(CORPUS, 'expected-figures.json'), 'utf8')).reports;
const DAMAGED = new Set(['shanghai-kewei-2024.pdf2md.md', 'shanghai-office-2025.pdf2md.md']);

/** Row id of the transcription's row names (they are the official labels, grouped items prefixed). */
function rowIdFor(model: ReportModel, table: TableId, name: string): string {
  const spec = model.tables.get(table)!.spec;
  const body = name.replace(/^（[一二三四五六七]）(?=\d)/, '');
  const row = spec.rows.find((r) => r.label === body || r.label === name);
  if (row) return row.id;
  // The 2019 layout has one row （六）其他处理 where 2021 has three; the transcription lists the three.
  if (name.startsWith('（六）') && spec.rows.some((r) => r.id === 'r6' && r.role === 'data')) return 'r6';
  throw new Error(`no row ${name}`);
}

type Read = number | null | 'unreadable';

function readCell(model: ReportModel, table: TableId, rowId: string, column: number): Read {
  const row = model.tables.get(table)?.byId.get(rowId);
  if (!row) return 'unreadable';
  const cell = row.cells[column];
  if (!cell) return 'unreadable';
  if (cell.parsed.status === 'empty') return null;
  if (cell.parsed.status === 'ok' || cell.parsed.status === 'styled') return cell.parsed.value!;
  return 'unreadable';
}

const T4_ROWS: Record<string, string> = { 行政复议: 'review', '行政诉讼（未经复议直接起诉）': 'suit-direct', '行政诉讼（复议后起诉）': 'suit-after' };
const T2_ROWS: Record<string, [TableId, string]> = {
  规章: ['t2-1', 'rules'],
  行政规范性文件: ['t2-1', 'normative'],
  行政许可: ['t2-5', 'licensing'],
  行政处罚: ['t2-6', 'penalty'],
  行政强制: ['t2-6', 'coercion'],
  行政事业性收费: ['t2-8', 'fees'],
};

for (const [file, tables] of Object.entries(expected)) {
  describe(`figures of ${file}`, () => {
    const model = parseReport(corpus(file));
    const damaged = DAMAGED.has(file);
    const compare = (where: string, got: Read, want: number | null) => {
      if (damaged && got === 'unreadable') return; // reported as unreadable, never guessed
      expect(got, where).toBe(want);
    };

    it('table 三, cell by cell', () => {
      for (const [name, values] of Object.entries(tables.table3 ?? {})) {
        const rowId = rowIdFor(model, 't3' as TableId, name);
        values.forEach((want, i) => compare(`${name}[${i}]`, readCell(model, 't3' as TableId, rowId, i), want));
      }
    });

    it('table 四, cell by cell', () => {
      for (const [name, values] of Object.entries(tables.table4 ?? {})) {
        values.forEach((want, i) => compare(`${name}[${i}]`, readCell(model, 't4' as TableId, T4_ROWS[name], i), want));
      }
    });

    it('table 二, cell by cell', () => {
      for (const [name, values] of Object.entries(tables.table2 ?? {})) {
        if (name === 'note') continue;
        const [table, rowId] = T2_ROWS[name];
        const list = Array.isArray(values) ? values : [values as number];
        list.forEach((want, i) => compare(`${name}[${i}]`, readCell(model, table, rowId, i), want as number | null));
      }
    });

    if (!damaged) {
      it('reads every transcribed figure (nothing unreadable)', () => {
        let unreadable = 0;
        for (const [name, values] of Object.entries(tables.table3 ?? {})) {
          const rowId = rowIdFor(model, 't3' as TableId, name);
          values.forEach((_, i) => (readCell(model, 't3' as TableId, rowId, i) === 'unreadable' ? unreadable++ : 0));
        }
        expect(unreadable).toBe(0);
      });
    }
  });
}

describe('figures of xiaoyi-2024.txt (the report of the issue)', () => {
  const model = parseReport(corpus('xiaoyi-2024.txt'));
  const row = (t: string, r: string) => model.tables.get(t as TableId)!.byId.get(r)!.cells.map((c) => (c.parsed.status === 'empty' ? null : c.parsed.value));
  it('reads table 二', () => {
    expect(row('t2-1', 'rules')).toEqual([0, 0, 0]);
    expect(row('t2-1', 'normative')).toEqual([10, 0, 38]);
    expect(row('t2-5', 'licensing')).toEqual([35583]);
    expect(row('t2-6', 'penalty')).toEqual([5025]);
    expect(row('t2-6', 'coercion')).toEqual([91]);
    expect(row('t2-8', 'fees')).toEqual([429.385756]);
  });
  it('reads all 25 rows of table 三', () => {
    const t3 = model.tables.get('t3' as TableId)!;
    expect(t3.rows).toHaveLength(25);
    expect(row('t3', 'new')).toEqual([61, 5, 0, 0, 2, 2, 70]);
    expect(row('t3', 'r2')).toEqual([25, 0, 0, 0, 0, 0, 25]);
    expect(row('t3', 'r3-1')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(row('t3', 'r4-1')).toEqual([21, 3, 0, 0, 0, 1, 25]);
    expect(row('t3', 'r6-3')).toEqual([6, 2, 0, 0, 0, 0, 8]);
    expect(row('t3', 'r7')).toEqual([60, 5, 0, 0, 2, 2, 69]);
    expect(row('t3', 'next')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
  it('reads table 四 with the five 行政复议 cells blank', () => {
    expect(row('t4', 'review')).toEqual([null, null, null, null, null]);
    expect(row('t4', 'suit-direct')).toEqual([7, 2, 3, 0, 12]);
    expect(row('t4', 'suit-after')).toEqual([0, 0, 0, 0, 0]);
  });
});
