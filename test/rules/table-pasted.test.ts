import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, replaceOnce, single, where } from './base';

const T25 = '| 第二十条第（五）项 | 本年处理决定数量 |\n| ------------------ | ---------------: |\n| 行政许可           |            35583 |';

describe('table-pasted', () => {
  it('flags a table pasted as tab-separated rows, on the pasted table, and converts it to the canonical pipe table', () => {
    const text = replaceOnce(BASE, T25, '第二十条第（五）项\t本年处理决定数量\n行政许可\t35583');
    const d = single(text);
    expect(d.rule).toBe('table-pasted');
    expect(d.severity).toBe('info');
    expect(where(d)).toBe('56:1-56:19');
    expect(covered(text, d)).toBe('第二十条第（五）项\t本年处理决定数量');
    expect(d.message.zh).toBe('表二第二十条第（五）项为制表符分隔的粘贴表格（从 Word 等复制），可转换为标准表格');
    expect(d.message.en).toBe('table 二, Art. 20(5) is tab-separated rows pasted from Word or similar; it can be converted to the canonical table');
    expect(d.fixes.map((f) => f.title.zh)).toEqual(['转换为标准表格']);
    // Conversion writes every figure back exactly as the example has it.
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('flags a whole table pasted, on its first line', () => {
    const start = BASE.indexOf('| 复议诉讼情况');
    const end = BASE.indexOf('\n\n', start);
    const pasted = '复议诉讼情况\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t0\t0\t0\t0\t0\n行政诉讼（未经复议直接起诉）\t7\t2\t3\t0\t12\n行政诉讼（复议后起诉）\t0\t0\t0\t0\t0';
    const text = BASE.slice(0, start) + pasted + BASE.slice(end);
    const d = single(text);
    expect(covered(text, d)).toBe('复议诉讼情况\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计');
    expect(d.message.zh).toBe('表四为制表符分隔的粘贴表格（从 Word 等复制），可转换为标准表格');
    expect(check(expectFixRestores(text, d))).toEqual([]);
  });

  it('does not flag a pipe table with a comment line between its rows', () => {
    const text = replaceOnce(BASE, '| 行政许可           |', '<!-- 数据来源：审批系统 -->\n| 行政许可           |');
    expect(check(text)).toEqual([]);
  });
});
