import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type TableId } from '../../server/src/engine';
import { CORPUS, corpus } from '../helpers';
import { readCell, rowIdFor, T2_ROWS, T4_ROWS, type Read, type Transcription } from '../transcription';

/**
 * Every figure of every corpus report, read by the parser, against the hand transcription in
 * expected-figures.json. For the two damaged pdf2md files a figure may be unreadable (reported
 * as such), but never different.
 */

type Expected = Transcription;

const expected: Record<string, Expected> = JSON.parse(readFileSync(join(CORPUS, 'expected-figures.json'), 'utf8')).reports;
const DAMAGED = new Set(['shanghai-kewei-2024.pdf2md.md', 'shanghai-office-2025.pdf2md.md']);

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
