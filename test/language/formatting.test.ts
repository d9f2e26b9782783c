import { describe, expect, it } from 'vitest';
import { applyEdits, formatTables } from '../../server/src/engine';
import { doc, EXAMPLE, lineOf } from './setup';

function format(text: string): string {
  const d = doc(text);
  return applyEdits(text, formatTables(d.index)).text;
}

describe('formatting aligns pipe tables by display width', () => {
  it('the example is formatted already: no edits', () => {
    expect(formatTables(doc(EXAMPLE).index)).toEqual([]);
  });

  it('one misaligned row of table 四: only that row changes', () => {
    const aligned = '| 行政复议                     |        0 |        0 |        0 |        0 |    0 |';
    const text = EXAMPLE.replace(aligned, '| 行政复议                     | 0 | 0 | 0 | 0 | 0 |');
    const d = doc(text);
    const edits = formatTables(d.index);
    const line = lineOf(text, '| 行政复议                     | 0 |');
    expect(edits).toHaveLength(1);
    expect(edits[0].range).toEqual({ start: { line, character: 0 }, end: { line, character: 48 } });
    expect(edits[0].newText).toBe('| 行政复议                     |        0 |        0 |        0 |        0 |    0 |');
  });

  it('a CJK character counts two columns; statutory figures are right-aligned', () => {
    const text = ['## 二、主动公开政府信息情况', '', '| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '|---|---|---|---|', '| 规章 | 0 | 0 | 0 |', '| 行政规范性文件 | 10 | 0 | 38 |', ''].join('\n');
    expect(format(text).split('\n').slice(2, 6)).toEqual([
      '| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| ------------------ | -----------: | -----------: | -----------: |',
      '| 规章               |            0 |            0 |            0 |',
      '| 行政规范性文件     |           10 |            0 |           38 |',
    ]);
  });

  it('a table too wide to align in 80 columns is tidied compact, unless it is written aligned', () => {
    const compact = ['## 四、政府信息公开行政复议、行政诉讼情况', '', '| 复议诉讼情况 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '|---|---|---|---|---|---|', '| 行政复议 | 1 | 0 | 0 | 0 |  1 |', '| 行政诉讼（未经复议直接起诉） | 7 | 2 | 3 | 0 | 12 |', '| 行政诉讼（复议后起诉）|0|0|0|0|0|', ''].join('\n');
    expect(format(compact).split('\n').slice(2, 7)).toEqual([
      '| 复议诉讼情况 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| 行政复议 | 1 | 0 | 0 | 0 | 1 |',
      '| 行政诉讼（未经复议直接起诉） | 7 | 2 | 3 | 0 | 12 |',
      '| 行政诉讼（复议后起诉） | 0 | 0 | 0 | 0 | 0 |',
    ]);
    // The example's table 四 is written aligned (83 columns): it stays aligned.
    expect(formatTables(doc(EXAMPLE).index)).toEqual([]);
  });

  it('other tables keep their alignment; escaped pipes stay', () => {
    const text = ['| 名称 | 数量 | 备注 |', '|:--|--:|---|', '| 政府网站 | 8311 | a \\| b |', '| 公报 | 6 | |', ''].join('\n');
    expect(format(text)).toBe(['| 名称     | 数量 | 备注   |', '| -------- | ---: | ------ |', '| 政府网站 | 8311 | a \\| b |', '| 公报     |    6 |        |', ''].join('\n'));
  });

  it('leaves alone what it cannot keep: centred columns, extra cells, code blocks, prose', () => {
    const text = ['| 居中 | b |', '|:-:|-|', '| 1 | 2 |', '', '| a | b |', '|-|-|', '| 1 | 2 | 3 |', '', '```', '|x|y|', '|-|-|', '```', '', '正文 | 不是表格', ''].join('\n');
    expect(format(text)).toBe(text);
  });

  it('leaves a table with a short row as it is: padding would place its figures by guess', () => {
    // Found by fuzzing: 「| 规章 | 0 |」 padded to three columns read as 本年制发件数 0 and two
    // blanks; a pasted fragment 「| 规章 |）---」 padded became a row of table 二 it was not.
    const text = EXAMPLE.replace(/\| 规章 +\| +0 \| +0 \| +0 \|/, '| 规章 | 0 |');
    expect(text).not.toBe(EXAMPLE);
    expect(format(text)).toBe(text);
    const other = ['| 名称 | 数量 | 备注 |', '|---|--:|---|', '| 公报 | 6 |', ''].join('\n');
    expect(format(other)).toBe(other);
  });

    it('is idempotent', () => {
    const once = format(EXAMPLE);
    expect(format(once)).toBe(once);
    expect(formatTables(doc(once).index)).toEqual([]);
  });

  it('range formatting touches only the tables in the range', () => {
    const text = ['| a | b |', '|-|-|', '| 1 | 2 |', '', '| c | d |', '|-|-|', '| 3 | 4 |', ''].join('\n');
    const d = doc(text);
    const edits = formatTables(d.index, { start: d.at('| c'), end: d.at('| 3') });
    expect(edits.map((e) => e.range.start.line)).toEqual([4, 5, 6]);
  });
});
