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
