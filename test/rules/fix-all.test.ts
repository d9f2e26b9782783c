import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixAll, parseReport, type CellNode, type ReportModel, type Rule } from '../../server/src/engine';
import { CORPUS, check, corpus } from '../helpers';
import { BASE, setCell } from './base';

const FILES = readdirSync(CORPUS).filter((f) => f !== 'README.md' && !f.endsWith('.json'));

describe('fixAll on the pasted 孝义市 2024 report', () => {
  const original = corpus('xiaoyi-2024.txt');
  const result = fixAll(original);
  const model = parseReport(result.text);

  it('converts every table to the canonical pipe form', () => {
    expect(check(original).filter((d) => d.rule === 'table-pasted')).toHaveLength(3);
    expect(model.regions).toHaveLength(3);
    expect(model.regions.every((r) => r.form === 'pipe')).toBe(true);
  });

  it('fills the five blank 行政复议 cells with 0', () => {
    const review = model.tables.get('t4')!.byId.get('review')!;
    expect(review.cells.map((c) => [c.parsed.status, c.parsed.value])).toEqual(Array(5).fill(['ok', 0]));
  });

  it('never rewrites a prose figure: 出台行政规范性文件 8 件 against the table’s 10 is left for a person to decide', () => {
    expect(original).toContain('出台行政规范性文件 8 件');
    expect(result.text).toContain('出台行政规范性文件 8 件');
    expect(result.text).toContain('审查拟出台规范性文件 15 件');
  });

  it('leaves only what it has no preferred fix for: the prose figure, and the missing 社会评议 and 责任追究 results', () => {
    const rest = check(result.text);
    expect(rest.map((d) => d.rule)).toEqual(['text-table-mismatch', 'government-evaluation']);
    expect(rest.every((d) => d.fixes.every((f) => !f.preferred))).toBe(true);
  });

  it('counts what it fixed by rule, in registry order, over every pass', () => {
    expect(result.fixed).toBe(8);
    expect(result.passes).toBe(2);
    expect(result.fixedByRule).toEqual({ 'cell-empty': 5, 'table-pasted': 3 });
    expect(Object.keys(result.fixedByRule)).toEqual(['cell-empty', 'table-pasted']);
  });

  it('is stable: fixing its own output changes nothing', () => {
    const again = fixAll(result.text);
    expect(again.text).toBe(result.text);
    expect(again.fixed).toBe(0);
  });
});

describe('fixAll on every corpus report', () => {
  it.each(FILES)('%s: stable, and nothing with a preferred fix is left', (file) => {
    const once = fixAll(corpus(file));
    expect(fixAll(once.text).text).toBe(once.text);
    expect(check(once.text).filter((d) => d.fixes.some((f) => f.preferred)).map((d) => d.rule)).toEqual([]);
  });

  it('changes nothing in the clean example', () => {
    expect(fixAll(BASE)).toEqual({ text: BASE, passes: 0, fixed: 0, fixedByRule: {} });
  });
});

/** A cell as the checker reads it: status, value, and the text of a cell that holds no figure. */
function reading(cell: CellNode): string {
  const { status, value } = cell.parsed;
  if (status === 'ok' || status === 'styled') return `= ${value}`;
  if (status === 'empty' || status === 'unreadable') return status;
  return `${status} ${cell.raw}`;
}

/** Every placed figure: table/row/column → reading. Rows with unplaceable figures read as 'unreadable'. */
function figures(model: ReportModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of model.tables.values()) {
    for (const [id, row] of table.byId) {
      table.spec.columns.forEach((column, i) => {
        const cell = row.cells[i];
        out.set(`${table.id} / ${row.spec.label} / ${column.label}`, cell ? reading(cell) : 'unreadable');
      });
      void id;
    }
  }
  return out;
}

describe('converting pasted tables preserves every figure', () => {
  it.each(FILES)('%s: cell by cell, only unreadable figures may become “?”', (file) => {
    const text = corpus(file);
    const converted = fixAll(text, { onlyRules: ['table-pasted'] }).text;
    const before = figures(parseReport(text));
    const after = figures(parseReport(converted));
    expect(parseReport(converted).regions.every((r) => r.form === 'pipe')).toBe(true);
    const changed: string[] = [];
    for (const [where, was] of before) {
      const now = after.get(where);
      if (now !== was && !(was === 'unreadable' && now === 'unreadable')) changed.push(`${where}: ${was} → ${now}`);
    }
    // Rows the conversion adds (official rows a damaged region lacks) hold nothing but “?”.
    for (const [where, now] of after) if (!before.has(where) && now !== 'unreadable') changed.push(`${where}: (none) → ${now}`);
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(0);
  });
});

describe('fix-all reaches a fixed point: a second run is a no-op', () => {
  // A「?」in a result row leaves the corner 总计 of table 三 with two equations that demand
  // different values: its row (the applicant columns) holds, its column (the outcomes) does not.
  const received = BASE.split('\n').find((l) => l.startsWith('| （一）予以公开'))!;
  const total = Number(received.split('|')[8].trim());
  const degenerate = setCell(setCell(BASE, '（一）予以公开', 1, '?'), '（一）予以公开', 7, String(total + 1));

  it('a total whose fix would break an equation that holds is offered, not preferred, so fix-all leaves it', () => {
    const [d] = check(degenerate).filter((x) => x.rule === 'table3-results-total');
    expect(d.message.en).toBe('table 三 column “总计”: total (七) should be 70 (sum of the outcomes: 7+25+1+1+25+2+1+8), is 69');
    expect(d.fixes.map((f) => [f.title.en, f.preferred])).toEqual([['Change to 70', false]]);
    // Before, table3-results-total and table3-row-total rewrote the corner 69 → 70 → 69 … for every pass.
    const once = fixAll(degenerate);
    expect([once.text, once.passes, once.fixed]).toEqual([degenerate, 0, 0]);
  });

  it('whatever the rules: fixes that undo each other stop at a text that fixing again returns unchanged', () => {
    // Two rules, each "fixing" what the other wrote, and a third that converges (to show it still runs).
    const swap = (id: string, from: string, to: string): Rule => ({
      id,
      category: 'consistency',
      defaultSeverity: 'warning',
      description: { zh: id, en: id },
      rationale: { zh: id, en: id },
      check: ({ model }) => {
        const at = model.source.text.indexOf(from);
        return at < 0 ? [] : [{ span: { start: at, end: at + from.length }, message: { zh: id, en: id }, fixes: [{ title: { zh: to, en: to }, edits: [{ span: { start: at, end: at + from.length }, newText: to }], preferred: true }] }];
      },
    });
    const only = [swap('a-to-b', 'AAA', 'BBB'), swap('b-to-a', 'BBB', 'AAA'), swap('c-to-d', 'CCC', 'DDD')];
    for (const maxPasses of [5, 8, 9]) {
      const once = fixAll('x AAA y CCC', { only, maxPasses });
      expect(once.passes).toBeLessThan(maxPasses);
      expect(once.text).toContain('DDD');
      const twice = fixAll(once.text, { only, maxPasses });
      expect(twice.text).toBe(once.text);
    }
  });
});
