import { describe, expect, it } from 'vitest';
import { documentSymbols, foldingRanges } from '../../server/src/engine';
import { doc, EXAMPLE, lineOf, XIAOYI } from './setup';

describe('document symbols: sections, and the tables inside them', () => {
  const example = doc(EXAMPLE);
  const symbols = documentSymbols(example.index, 'zh');

  it('the six sections in official wording, each from its heading to its last line', () => {
    expect(symbols.map((s) => s.name)).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    const two = symbols[1];
    const heading = lineOf(EXAMPLE, '## 二、');
    expect(two.range).toEqual({ start: { line: heading, character: 0 }, end: { line: lineOf(EXAMPLE, '| 行政事业性收费'), character: example.index.model.source.lineText(lineOf(EXAMPLE, '| 行政事业性收费')).length } });
    expect(two.selectionRange).toEqual({ start: { line: heading, character: 0 }, end: { line: heading, character: 15 } });
  });

  it('each statutory table under its section, from its header to its last row', () => {
    expect(symbols[1].children.map((c) => [c.name, c.range.start.line, c.range.end.line])).toEqual([
      ['表二第二十条第（一）项', lineOf(EXAMPLE, '| 第二十条第（一）项'), lineOf(EXAMPLE, '| 行政规范性文件')],
      ['表二第二十条第（五）项', lineOf(EXAMPLE, '| 第二十条第（五）项'), lineOf(EXAMPLE, '| 行政许可')],
      ['表二第二十条第（六）项', lineOf(EXAMPLE, '| 第二十条第（六）项'), lineOf(EXAMPLE, '| 行政强制')],
      ['表二第二十条第（八）项', lineOf(EXAMPLE, '| 第二十条第（八）项'), lineOf(EXAMPLE, '| 行政事业性收费')],
    ]);
    expect(symbols[2].children.map((c) => [c.name, c.detail, c.range.start.line, c.range.end.line])).toEqual([['表三', '申请人情况', lineOf(EXAMPLE, '| 申请人情况'), lineOf(EXAMPLE, '| 四、结转下年度继续办理')]]);
    expect(symbols[0].children).toEqual([]);
  });

  it('pasted tables are marked as such; English names in English', () => {
    const corpus = documentSymbols(doc(XIAOYI).index, 'en');
    expect(corpus[2].children.map((c) => [c.name, c.detail])).toEqual([['table 三', 'pasted table']]);
  });
});

describe('folding ranges', () => {
  const example = doc(EXAMPLE);
  const ranges = foldingRanges(example.index);

  it('the front matter, every section, every sub-heading, every table', () => {
    expect(ranges[0]).toEqual({ startLine: 0, endLine: 5, kind: 'region' });
    const starts = ranges.map((r) => r.startLine);
    for (const needle of ['## 一、', '### （一）加大', '### （五）强化', '## 三、', '| 申请人情况', '| 第二十条第（八）项', '## 六、']) expect(starts).toContain(lineOf(EXAMPLE, needle));
    // A section ends at its last line of content, not in the blank line before the next heading.
    expect(ranges.find((r) => r.startLine === lineOf(EXAMPLE, '## 一、'))!.endLine).toBe(lineOf(EXAMPLE, '## 二、') - 2);
    expect(ranges.find((r) => r.startLine === lineOf(EXAMPLE, '| 复议诉讼情况'))!.endLine).toBe(lineOf(EXAMPLE, '| 行政诉讼（复议后起诉）'));
  });

  it('one range per start line', () => {
    expect(new Set(ranges.map((r) => r.startLine)).size).toBe(ranges.length);
  });
});
