import { describe, expect, it } from 'vitest';
import { FORMAT_2021, TABLE3_BALANCE_NOTE, TABLE4_LITIGATION, tableSpec } from '../../server/src/engine';
import { corpus } from '../helpers';
import { attr, bodyOf, canonicalText, cells, extent, grid, hasClass, rows, table, text } from './dom';

/**
 * The statutory tables in the official layouts of report-format.md, checked on the parsed
 * HTML: merged header cells (rowspan/colspan) laid out as a browser would, cell by cell.
 * Labels and orders come from the format data, never restated here.
 */

const t3 = tableSpec('2021', 't3')!;
const t4 = tableSpec('2021', 't4')!;
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

for (const [name, source] of [
  ['corpus (pasted tables)', () => corpus('xiaoyi-2024.txt')],
  ['canonical example (pipe tables)', canonicalText],
] as const) {
  describe(`official layouts: ${name}`, () => {
    const body = bodyOf(source());

    it('table 三: corner note, 申请人情况 over every column, 法人或其他组织 over its five', () => {
      const g = grid(table(body, 't3'));
      expect(g.every((r) => r.length === 10)).toBe(true);
      expect(extent(g, TABLE3_BALANCE_NOTE)).toEqual({ rows: [0, 1, 2], columns: [0, 1, 2] });
      expect(extent(g, t3.headerLabel)).toEqual({ rows: [0], columns: range(3, 7) });
      const org = t3.columns.filter((c) => c.group).map((c) => c.label);
      expect(org).toHaveLength(5);
      expect(extent(g, org.length ? t3.columns.find((c) => c.group)!.group! : '')).toEqual({ rows: [1], columns: range(4, 5) });
      org.forEach((label, i) => expect(extent(g, label)).toEqual({ rows: [2], columns: [4 + i] }));
      for (const label of ['自然人', '总计']) expect(extent(g, label).rows).toEqual([1, 2]);
      expect(extent(g, '自然人').columns).toEqual([3]);
      expect(extent(g, '总计').columns).toEqual([9]);
    });

    it('table 三: 三、本年度办理结果 and the four group labels are vertical merged cells beside their rows', () => {
      const tableEl = table(body, 't3');
      const g = grid(tableEl);
      const header = 3;
      const leaves = t3.rows.filter((r) => r.role !== 'group');
      expect(g).toHaveLength(header + leaves.length);
      const rowOf = (id: string) => header + leaves.findIndex((r) => r.id === id);
      const results = t3.rows.find((r) => r.id === 'results')!;
      const underResults = leaves.filter((r) => r.group === 'results' || t3.rows.find((g2) => g2.id === r.group)?.group === 'results');
      expect(extent(g, results.label)).toEqual({ rows: range(rowOf(underResults[0].id), underResults.length), columns: [0] });
      for (const groupId of ['r3', 'r4', 'r5', 'r6']) {
        const group = t3.rows.find((r) => r.id === groupId)!;
        const items = leaves.filter((r) => r.group === groupId);
        expect(extent(g, group.label)).toEqual({ rows: range(rowOf(items[0].id), items.length), columns: [1] });
        for (const item of items) expect(extent(g, item.label)).toEqual({ rows: [rowOf(item.id)], columns: [2] });
      }
      // Top rows span the three label columns; （一）（二）（七） span the two beside the group cell.
      for (const id of ['new', 'carried', 'next']) expect(extent(g, t3.rows.find((r) => r.id === id)!.label).columns).toEqual([0, 1, 2]);
      for (const id of ['r1', 'r2', 'r7']) expect(extent(g, t3.rows.find((r) => r.id === id)!.label).columns).toEqual([1, 2]);
      const vertical = (id: string) => cells(rows(tableEl)[rowOf(id)]).filter((c) => hasClass(c, 'gr-vertical')).map(text);
      expect(vertical('r1')).toEqual([results.label]);
      expect(vertical('r3-1')).toEqual([t3.rows.find((r) => r.id === 'r3')!.label]);
    });

    it('table 四: one row of 15 under 行政复议 / 行政诉讼 → 未经复议直接起诉 / 复议后起诉', () => {
      const g = grid(table(body, 't4'));
      expect(g).toHaveLength(4);
      expect(g.every((r) => r.length === 15)).toBe(true);
      const [review, direct, after] = t4.rows.map((r) => r.label);
      expect(extent(g, review)).toEqual({ rows: [0], columns: range(0, 5) });
      expect(extent(g, TABLE4_LITIGATION)).toEqual({ rows: [0], columns: range(5, 10) });
      expect(extent(g, direct.slice(TABLE4_LITIGATION.length + 1, -1))).toEqual({ rows: [1], columns: range(5, 5) });
      expect(extent(g, after.slice(TABLE4_LITIGATION.length + 1, -1))).toEqual({ rows: [1], columns: range(10, 5) });
      // 行政复议's column labels merge down beside the litigation blocks' second level.
      t4.columns.forEach((c, i) => {
        expect(g[1][i]).toBe(g[2][i]);
        expect(text(g[1][i])).toBe(c.label);
        expect(text(g[2][5 + i])).toBe(c.label);
        expect(text(g[2][10 + i])).toBe(c.label);
      });
      expect(g[3].every((c) => c.tagName === 'td' && hasClass(c, 'gr-figure'))).toBe(true);
    });

    it('table 二: the four 第二十条 sub-tables stacked, narrower ones stretched to the full width', () => {
      const tableEl = table(body, 't2');
      const g = grid(tableEl);
      expect(g.every((r) => r.length === 4)).toBe(true);
      const subTables = FORMAT_2021.tables.filter((t) => t.section === 's2');
      let r = 0;
      for (const spec of subTables) {
        expect(extent(g, spec.heading!).rows).toContain(r);
        expect(new Set(g[r]).size).toBe(1);
        const header = g[r + 1];
        expect(text(header[0])).toBe('信息内容');
        spec.columns.forEach((c, i) => expect(text(header[1 + i])).toBe(c.label));
        for (const row of spec.rows) expect(text(g[r + 2 + spec.rows.indexOf(row)][0])).toBe(row.label);
        r += 2 + spec.rows.length;
      }
      expect(g).toHaveLength(r);
    });
  });
}

describe('document structure', () => {
  const body = bodyOf(corpus('xiaoyi-2024.txt'));
  const blocks = body.childNodes.filter((n): n is typeof body => 'tagName' in n);

  it('title, the six section headings in order, and the signature block', () => {
    const title = blocks.find((b) => hasClass(b, 'gr-title'))!;
    expect(text(title)).toBe('孝义市2024年政府信息公开工作年度报告');
    const sections = blocks.filter((b) => hasClass(b, 'gr-section')).map(text);
    expect(sections.map((s) => s.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    const signature = blocks.find((b) => hasClass(b, 'gr-signature'))!;
    expect(text(signature)).toBe('孝义市人民政府2025年1月24日');
  });

  it('every block element carries its source line, in ascending order', () => {
    const lines = blocks.map((b) => Number(attr(b, 'data-line')));
    expect(lines.every((l) => Number.isInteger(l) && l >= 0)).toBe(true);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    // Inside prose blocks too: every paragraph knows its line.
    const paragraphs = [...blocks].flatMap((b) => b.childNodes.filter((n): n is typeof b => 'tagName' in n && n.tagName === 'p'));
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) expect(attr(p, 'data-line')).toMatch(/^\d+$/);
  });

  it('bold lead phrases close even right after Chinese punctuation (CJK-friendly emphasis)', () => {
    const strong = [...blocks].flatMap(function collect(n): string[] {
      return n.tagName === 'strong' ? [text(n)] : n.childNodes.filter((c): c is typeof n => 'tagName' in c).flatMap(collect);
    });
    expect(strong).toContain('一是提升平台日常监管效能。');
    expect(blocks.map(text).join('')).not.toContain('**');
  });
});
