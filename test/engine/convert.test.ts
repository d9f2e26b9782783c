import { describe, expect, it } from 'vitest';
import { convertDocument, parseReport } from '../../server/src/engine';
import { corpus } from '../helpers';

/** Conversion defects the fuzzing found (test/fuzz), each pinned here. */
describe('convertDocument', () => {
  it('keeps the unit of a figure whose column allows one: 251000元 is not 251000 万元', () => {
    // 上海市人民政府办公厅 2019, table 二 第二十条第（九）项: 「政府集中采购 | 6 | 251000元」.
    const converted = convertDocument(corpus('shanghai-office-2019.oldformat.txt')).text;
    expect(converted).toMatch(/^\| 政府集中采购 +\| +6 \| +251000元 \|$/m);
    const cell = parseReport(converted).tables.get('t2-9')!.byId.get('procurement')!.cells[1];
    expect([cell.raw.trim(), cell.parsed]).toEqual(['251000元', { status: 'ok', value: 251000 }]);
    expect(convertDocument(converted).text).toBe(converted);
  });
});

describe('convertDocument tells where the converted tables are', () => {
  const original = corpus('xiaoyi-2024.txt');
  const result = convertDocument(original);
  const before = parseReport(original);
  const after = parseReport(result.text);

  it('one span per rewritten table region, each exactly a canonical table region of the result', () => {
    expect(result.tables).toBe(3);
    expect(result.converted).toHaveLength(3);
    const regions = after.regions.map((r) => after.source.linesSpan(r.firstLine, r.lastLine));
    expect(result.converted).toEqual(regions);
    expect(after.regions.every((r) => r.form === 'pipe')).toBe(true);
  });

  it('the text between them is the original text between the pasted regions', () => {
    const gaps = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s, i) => text.slice(i === 0 ? 0 : spans[i - 1].end, s.start));
    const pasted = before.regions.map((r) => before.source.linesSpan(r.firstLine, r.lastLine));
    expect(gaps(result.text, result.converted)).toEqual(gaps(original, pasted));
  });

  it('converting the result again changes nothing, and names the same spans', () => {
    const again = convertDocument(result.text);
    expect(again.text).toBe(result.text);
    expect(again.converted).toEqual(result.converted);
  });

  it('with fix, no spans (fix-all moves the text again)', () => {
    expect(convertDocument(original, { fix: true }).converted).toEqual([]);
  });
});
