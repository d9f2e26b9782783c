import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, convertDocument, fixAll, parseReport, type ReportModel } from '../../server/src/engine';
import { CORPUS, ROOT } from '../helpers';
import { BASE } from '../rules/base';

/**
 * The checker and the converter read the same figures (issue 9, item 8): every figure the
 * parser placed comes out of conversion in the same table, row and column, with the same value
 * — never「?」, never in an "unplaced" comment, never in another table — and converting or
 * fixing the converted text again changes nothing. Over the corpus, the layout fixtures, the
 * real report pages and degenerate fragments cut out of the first two.
 */

const LAYOUTS = join(ROOT, 'test/fixtures/layouts');
const PAGES = join(ROOT, 'test/fixtures/pages');
const documents: [string, string][] = [
  ['canonical example', BASE],
  ...readdirSync(CORPUS).filter((f) => !f.endsWith('.json') && f !== 'README.md').map((f): [string, string] => [f, readFileSync(join(CORPUS, f), 'utf8')]),
  ...readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(join(LAYOUTS, f), 'utf8')]),
];
/** Real report pages as the web gives them (whole only: they are page excerpts already). */
const pages: [string, string][] = readdirSync(PAGES).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(PAGES, f), 'utf8')]);

/**
 * Degenerate fragments of a document: the document without one of its section headings, or with
 * every k-th line dropped, and windows of lines cut out of it (tables without their headings,
 * headers or ends).
 */
function fragments(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (/^(#+\s*)?\**\s*[一二三四五六]、/.test(l.trim())) out.push(lines.filter((_, j) => j !== i).join('\n'));
  });
  for (const k of [5, 8, 11]) out.push(lines.filter((_, j) => j % k !== 3).join('\n'));
  for (const size of [5, 13, 40]) {
    for (let start = 0; start < lines.length; start += Math.max(3, Math.floor(size / 2))) out.push(lines.slice(start, start + size).join('\n'));
  }
  return out;
}

/** Every readable figure the model placed: table, row, column → value. */
function placed(model: ReportModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of model.tables.values()) {
    for (const row of table.rows) {
      if (table.byId.get(row.spec.id) !== row) continue;
      row.cells.forEach((cell, i) => {
        if (cell.parsed.status === 'ok' || cell.parsed.status === 'styled') out.set(`${table.id}/${row.spec.id}/${i}`, cell.parsed.value!);
      });
    }
  }
  return out;
}

/** What went wrong with one text: figures lost or changed by conversion, or conversion not settling. */
function disagreements(text: string, fix = true): string[] {
  const before = placed(parseReport(text));
  const converted = convertDocument(text).text;
  const after = placed(parseReport(converted));
  const out: string[] = [];
  for (const [where, value] of before) if (after.get(where) !== value) out.push(`${where}: ${value} → ${after.get(where) ?? 'absent'}`);
  if (convertDocument(converted).text !== converted) out.push('converting again changes the text');
  if (!fix) return out;
  const fixed = fixAll(converted).text;
  if (fixAll(fixed).text !== fixed) out.push('a second fix-all changes the text');
  return out;
}

describe('checker and converter agree on every figure', () => {
  for (const [name, text] of [...documents, ...pages]) {
    it(`on ${name}`, () => {
      expect(disagreements(text)).toEqual([]);
    });
  }

  it('on degenerate fragments of every document', () => {
    const found: string[] = [];
    for (const [name, text] of documents) {
      for (const fragment of fragments(text)) {
        const problems = disagreements(fragment, false);
        if (problems.length > 0) found.push(`${name} «${fragment.slice(0, 60).replace(/\n/g, '⏎')}…»: ${problems.join('; ')}`);
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('reads table 三 under a lost heading as table 三, not as strays of table 二', () => {
    const text = BASE.replace(/^## 三、.*$/m, '');
    const model = parseReport(text);
    expect(model.tables.get('t3' as never)?.rows).toHaveLength(25);
    expect(model.regions.flatMap((r) => r.strays)).toEqual([]);
    expect(disagreements(text)).toEqual([]);
  });
});

describe('a page number too long for a page', () => {
  it('「— 1000 —」 after a table is prose, kept where it is, not an unplaced figure (fuzz finding: the second conversion moved it into a comment)', () => {
    const text = BASE.replace(/(\| 行政事业性收费 [^\n]*\n)/, '$1\n依法公开水平。\n— 1000 —\n提质增效。\n');
    expect(parseReport(text).regions.flatMap((r) => r.strays)).toEqual([]);
    expect(convertDocument(text).text).toBe(text);
  });
});

describe('a page number with a full-width digit', () => {
  it('「— ０ —」 is a page number as 「— 0 —」 is: no unplaced figure, and a second conversion changes nothing (fuzz finding, seed 34380791)', () => {
    const text = BASE.replace(/(\| 行政事业性收费 [^\n]*\n)/, '$1\n依法公开水平。\n— ０ —\n提质增效。\n');
    const model = parseReport(text);
    expect(model.regions.flatMap((r) => r.strays)).toEqual([]);
    expect(model.pageLeftovers.map((p) => [p.line, p.kind])).toEqual([[text.split('\n').indexOf('— ０ —'), 'number']]);
    const once = convertDocument(text).text;
    expect(convertDocument(once).text).toBe(once);
  });
});

describe('a 2019 group row of 三 with prose pasted into a cell', () => {
  it('（六）其他处理 keeps its row through a second conversion (fuzz finding: a pasted-twice report lost it)', () => {
    const source = readFileSync(join(CORPUS, 'shanghai-office-2019.oldformat.txt'), 'utf8');
    const text = source.replace(/^（六）其他处理 \|.*$/m, '（六）其他处理 | · | · | · | · | · | · | ·部分公开258件，其他处理0件。');
    expect(text).not.toBe(source);
    const once = convertDocument(text).text;
    expect(convertDocument(once).text).toBe(once);
    const row = parseReport(once).tables.get('t3' as never)!.byId.get('r6')!;
    expect(row.cells.map((c) => c.raw)).toEqual(['', '', '', '', '', '', '·部分公开258件，其他处理0件。']);
  });
});

describe('a line inside a table region that would open a code fence when trimmed', () => {
  it('「    ```」 kept among the rows stays text: the tables after it survive a second conversion (fuzz finding, seed 43099610)', () => {
    const source = readFileSync(join(CORPUS, 'huaian-2024.pdftotext.txt'), 'utf8');
    const text = source.replace(/^(行政事业性收费 +96171\.6\n)/m, '    ```            淮安市人民政府\n    # 说明\n$1');
    expect(text).not.toBe(source);
    const model = parseReport(text);
    const fence = text.split('\n').indexOf('    ```            淮安市人民政府');
    expect(model.regions.find((r) => r.keptLines.includes(fence))?.keptLines).toEqual([fence, fence + 1]);
    const once = convertDocument(text).text;
    expect(once).toContain('\n\n    ```            淮安市人民政府\n    # 说明\n');
    expect(convertDocument(once).text).toBe(once);
    const t3 = parseReport(once).tables.get('t3' as never)!;
    expect(t3.byId.get('new')!.cells.map((c) => c.raw)).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
  });
});

describe('a minus on zero', () => {
  it('「-０」 is zero written another way: cell-number-style offers 0, conversion writes 0, and a second conversion changes nothing (fuzz finding, seed 23080381)', () => {
    const text = BASE.replace(/^\| 规章( +)\| +0 \|/m, '| 规章$1|           -０ |');
    expect(text).not.toBe(BASE);
    const cell = parseReport(text).tables.get('t2-1' as never)!.byId.get('rules')!.cells[0];
    expect([cell.raw, cell.parsed.status, cell.parsed.canonical]).toEqual(['-０', 'styled', '0']);
    expect(checkModel(parseReport(text)).filter((d) => d.span.start === cell.span.start).map((d) => [d.rule, d.fixes[0]?.edits[0]?.newText.trim()])).toEqual([['cell-number-style', '0']]);
    const once = convertDocument(text).text;
    expect(parseReport(once).tables.get('t2-1' as never)!.byId.get('rules')!.cells[0].raw).toBe('0');
    expect(convertDocument(once).text).toBe(once);
  });
});
