import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, parseReport, tablesOfSection, type TableId } from '../../server/src/engine';
import { CORPUS, corpus } from '../helpers';
import { attr, bodyOf, canonicalText, cellSignature, figures, grid, hasClass, table, text } from './dom';

/**
 * Every figure of the draft in its official cell exactly once, blank cells blank, and every
 * cell a diagnostic is about marked (class, symbol, tooltip): on the corpus report, the
 * canonical example, and the corpus reports whose tables come in other forms (table 四 as one
 * row of 15 figures in 淮安's pdftotext, as three small tables in 沭阳's OCR).
 */

const FAMILY = (id: string) => (id.startsWith('t2') ? 't2' : id);

/** Every figure slot of the official tables: family/table/row/column. */
function officialSlots(): string[] {
  const out: string[] = [];
  for (const section of ['s2', 's3', 's4']) {
    for (const spec of tablesOfSection('2021', section)) {
      for (const row of spec.rows) if (row.role !== 'group') for (const c of spec.columns) out.push(`${FAMILY(spec.id)}/${spec.id}/${row.id}/${c.id}`);
    }
  }
  return out;
}

const DRAFTS: [string, () => string][] = [
  ['xiaoyi-2024.txt (pasted)', () => corpus('xiaoyi-2024.txt')],
  ['canonical example', canonicalText],
  ['huaian-2024.pdftotext.txt (table 四 in one row of 15)', () => corpus('huaian-2024.pdftotext.txt')],
  ['shuyang-2025.ocr.md (table 四 as three small tables)', () => corpus('shuyang-2025.ocr.md')],
];

for (const [name, source] of DRAFTS) {
  describe(`figures: ${name}`, () => {
    const text0 = source();
    const model = parseReport(text0);
    const diagnostics = checkModel(model);
    const body = bodyOf(text0);
    const cellsByPlace = figures(body);

    it('has exactly one cell for every official figure slot', () => {
      expect([...cellsByPlace.keys()].sort()).toEqual(officialSlots().sort());
    });

    it('shows every figure the parser read in its official cell, and blank cells blank', () => {
      for (const t of model.tables.values()) {
        for (const row of t.rows) {
          if (t.byId.get(row.spec.id) !== row) continue; // a duplicate row is reported, not printed twice
          row.cells.forEach((cell, i) => {
            const td = cellsByPlace.get(`${FAMILY(t.id)}/${t.id}/${row.spec.id}/${t.spec.columns[i].id}`)!;
            const shown = text(td);
            if (cell.parsed.status === 'empty') expect(shown).toBe('');
            else if (cell.parsed.status === 'ok') expect(shown).toBe(cell.raw);
            else if (cell.parsed.value !== undefined) expect(Number(shown)).toBe(cell.parsed.value);
          });
        }
      }
    });

    it('marks every figure cell a diagnostic is about, and no other', () => {
      for (const td of cellsByPlace.values()) {
        const range = attr(td, 'data-range');
        const about = diagnostics.filter((d) => d.severity !== 'hint' && range === `${d.range.start.line},${d.range.start.character},${d.range.end.line},${d.range.end.character}`);
        if (!hasClass(td, 'gr-marked')) continue;
        const severity = ['error', 'warning', 'info'].find((s) => hasClass(td, `gr-${s}`))!;
        expect(severity).toBeDefined();
        const title = attr(td, 'title') ?? '';
        expect(title.length).toBeGreaterThan(0);
        const symbol = td.childNodes.find((n) => 'tagName' in n && hasClass(n, 'gr-mark'));
        expect(symbol).toBeDefined();
        for (const d of about) expect(title).toContain(d.message.zh);
      }
      // Conversely: a diagnostic on a figure's exact text lands on that cell.
      for (const d of diagnostics) {
        const td = [...cellsByPlace.values()].find((c) => attr(c, 'data-range') === `${d.range.start.line},${d.range.start.character},${d.range.end.line},${d.range.end.character}`);
        if (td && d.severity !== 'hint') expect(attr(td, 'title')).toContain(d.message.zh);
      }
    });
  });
}

describe('figures against the hand transcription (expected-figures.json)', () => {
  const reports = JSON.parse(readFileSync(join(CORPUS, 'expected-figures.json'), 'utf8')).reports as Record<string, { table3?: Record<string, (number | null)[]>; table4?: Record<string, (number | null)[]> }>;
  for (const file of ['huaian-2024.pdftotext.txt', 'shuyang-2025.ocr.md']) {
    it(`${file}: table 三 and 四 cell by cell`, () => {
      const body = bodyOf(corpus(file));
      const cellsByPlace = figures(body);
      const spec3 = tablesOfSection('2021', 's3')[0];
      const spec4 = tablesOfSection('2021', 's4')[0];
      for (const [label, values] of Object.entries(reports[file].table3 ?? {})) {
        const row = spec3.rows.find((r) => r.label === label || r.label === label.replace(/^（[一二三四五六七]）(?=\d)/, ''))!;
        values.forEach((v, i) => expect(text(cellsByPlace.get(`t3/t3/${row.id}/${spec3.columns[i].id}`)!), `${label} ${i}`).toBe(v === null ? '' : String(v)));
      }
      for (const [label, values] of Object.entries(reports[file].table4 ?? {})) {
        const row = spec4.rows.find((r) => r.label === label)!;
        values.forEach((v, i) => expect(text(cellsByPlace.get(`t4/t4/${row.id}/${spec4.columns[i].id}`)!)).toBe(v === null ? '' : String(v)));
      }
    });
  }
});

describe('the corpus report and the canonical example', () => {
  it('render the same table HTML but for the five 行政复议 cells the corpus leaves blank (blank and marked there)', () => {
    const corpusBody = bodyOf(corpus('xiaoyi-2024.txt'));
    const canonicalBody = bodyOf(canonicalText());
    const differing: string[] = [];
    for (const id of ['t2', 't3', 't4']) {
      const a = grid(table(corpusBody, id));
      const b = grid(table(canonicalBody, id));
      expect(a.map((r) => r.length)).toEqual(b.map((r) => r.length));
      const seen = new Set<unknown>();
      a.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (seen.has(cell)) return;
          seen.add(cell);
          if (cellSignature(cell) !== cellSignature(b[r][c])) differing.push(attr(cell, 'data-cell') ?? `${id}:${r},${c}`);
        }),
      );
    }
    const review = tablesOfSection('2021', 's4')[0].columns.map((c) => `t4/t4/review/${c.id}`);
    expect(differing.sort()).toEqual([...review].sort());
    const corpusCells = figures(corpusBody);
    const canonicalCells = figures(canonicalBody);
    for (const place of review) {
      const blank = corpusCells.get(place)!;
      expect(text(blank)).toBe('');
      expect(hasClass(blank, 'gr-marked') && hasClass(blank, 'gr-error') && hasClass(blank, 'gr-blank')).toBe(true);
      expect(attr(blank, 'title')).toContain('cell-empty');
      expect(text(canonicalCells.get(place)!)).toBe('0');
      expect(hasClass(canonicalCells.get(place)!, 'gr-marked')).toBe(false);
    }
  });
});

describe('table 四 whatever the source form', () => {
  const canonical = canonicalText();
  const signature = (source: string) => {
    const g = grid(table(bodyOf(source), 't4'));
    return g.map((row) => row.map(cellSignature));
  };
  const expected = signature(canonical);

  it('the official single row of 15 (pasted, tab-separated) renders as the canonical three rows do', () => {
    const fifteen = corpus('xiaoyi-2024.txt').replace('\t\t\t\t\t7\t2\t3\t0\t12\t0\t0\t0\t0\t0', '0\t0\t0\t0\t0\t7\t2\t3\t0\t12\t0\t0\t0\t0\t0');
    expect(signature(fifteen)).toEqual(expected);
  });

  it('three small tables, one under each block heading, render as the canonical three rows do', () => {
    const start = canonical.indexOf('| 复议诉讼情况');
    const end = canonical.indexOf('\n\n', start);
    const header = ['| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| ---: | ---: | ---: | ---: | ---: |'];
    const small = (heading: string, figures: string) => [heading, '', ...header, `| ${figures} |`, ''].join('\n');
    const three = [small('行政复议', '0 | 0 | 0 | 0 | 0'), small('行政诉讼（未经复议直接起诉）', '7 | 2 | 3 | 0 | 12'), small('行政诉讼（复议后起诉）', '0 | 0 | 0 | 0 | 0')].join('\n');
    expect(start).toBeGreaterThan(0);
    expect(signature(canonical.slice(0, start) + three + canonical.slice(end))).toEqual(expected);
  });
});

describe('a table missing from the draft', () => {
  it('is shown as the empty official table, every figure blank, with the diagnostic on it', () => {
    const canonical = canonicalText();
    const start = canonical.indexOf('| 复议诉讼情况');
    const end = canonical.indexOf('\n\n', start);
    const body = bodyOf(canonical.slice(0, start) + canonical.slice(end));
    const t4 = table(body, 't4');
    const cellsByPlace = figures(t4);
    expect(cellsByPlace.size).toBe(15);
    for (const td of cellsByPlace.values()) expect(text(td)).toBe('');
    const block = body.childNodes.find((n) => 'tagName' in n && hasClass(n, 'gr-table-missing'));
    expect(block && text(block)).toContain('没有统计表');
  });

  it('keeps the tables of the other sections untouched', () => {
    const ids = [...parseReport(canonicalText()).tables.keys()] as TableId[];
    expect(ids.sort()).toEqual(['t2-1', 't2-5', 't2-6', 't2-8', 't3', 't4']);
  });
});
