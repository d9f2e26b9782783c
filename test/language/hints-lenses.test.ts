import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeLenses, hoverAt, inlayHints, PREVIEW_COMMAND } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { doc, EXAMPLE, lineOf, XIAOYI } from './setup';

const BROKEN = EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |');

describe('inlay hints beside total cells', () => {
  it('「= 70 ✓」 right after the total of 一、本年新收', () => {
    const d = doc(EXAMPLE);
    const line = lineOf(EXAMPLE, '| 一、本年新收');
    const lineText = d.index.model.source.lineText(line);
    const hint = inlayHints(d.index, 'zh').find((h) => h.position.line === line && h.position.character === lineText.lastIndexOf('70') + 2)!;
    expect(hint.label).toBe('= 70 ✓');
    expect(hint.tooltip).toContain('61 + 5 + 0 + 0 + 2 + 2 = 70 ✓');
  });

  it('one hint per total of tables 三 and 四: row totals, column totals of （七）, and 四', () => {
    const hints = inlayHints(doc(EXAMPLE).index, 'zh');
    // 三: 25 figure rows' 总计, the other six column totals of （七）, the other six balance cells of 四; 四: 3 blocks.
    expect(hints).toHaveLength(25 + 6 + 6 + 3);
    expect(hints.every((h) => h.label.endsWith('✓'))).toBe(true);
  });

  it('「= 70 ✗」 when the written total is 71', () => {
    const d = doc(BROKEN);
    const line = lineOf(BROKEN, '| 一、本年新收');
    expect(inlayHints(d.index, 'zh').find((h) => h.position.line === line && h.label.includes('70'))!.label).toBe('= 70 ✗');
  });

  it('only inside the range asked for', () => {
    const d = doc(EXAMPLE);
    const line = lineOf(EXAMPLE, '| 复议诉讼情况');
    const src = d.index.model.source;
    const hints = inlayHints(d.index, 'zh', src.linesSpan(line, line + 4));
    expect(hints.map((h) => [h.position.line, h.label])).toEqual([
      [line + 2, '= 0 ✓'],
      [line + 3, '= 12 ✓'],
      [line + 4, '= 0 ✓'],
    ]);
  });
});

describe('code lenses over each statutory table', () => {
  it('status and preview for each of the six tables', () => {
    const d = doc(EXAMPLE);
    const lenses = codeLenses(d.index, d.diagnostics, 'zh', 'file:///r.govreport.md');
    expect(lenses.map((l) => [l.range.start.line, l.title])).toEqual([
      [lineOf(EXAMPLE, '| 第二十条第（一）项'), '表二第二十条第（一）项：✓ 未发现问题'],
      [lineOf(EXAMPLE, '| 第二十条第（一）项'), '打开预览'],
      [lineOf(EXAMPLE, '| 第二十条第（五）项'), '表二第二十条第（五）项：✓ 未发现问题'],
      [lineOf(EXAMPLE, '| 第二十条第（五）项'), '打开预览'],
      [lineOf(EXAMPLE, '| 第二十条第（六）项'), '表二第二十条第（六）项：✓ 未发现问题'],
      [lineOf(EXAMPLE, '| 第二十条第（六）项'), '打开预览'],
      [lineOf(EXAMPLE, '| 第二十条第（八）项'), '表二第二十条第（八）项：✓ 未发现问题'],
      [lineOf(EXAMPLE, '| 第二十条第（八）项'), '打开预览'],
      [lineOf(EXAMPLE, '| 申请人情况'), '表三：✓ 勾稽关系平衡'],
      [lineOf(EXAMPLE, '| 申请人情况'), '打开预览'],
      [lineOf(EXAMPLE, '| 复议诉讼情况'), '表四：✓ 勾稽关系平衡'],
      [lineOf(EXAMPLE, '| 复议诉讼情况'), '打开预览'],
    ]);
    expect(lenses[1].command).toEqual({ id: PREVIEW_COMMAND, arguments: ['file:///r.govreport.md'] });
    expect(lenses[0].command.id).toBe('');
  });

  it('counts the problems inside the table', () => {
    const broken = doc(BROKEN);
    const t3 = codeLenses(broken.index, broken.diagnostics, 'zh', 'u').find((l) => l.title.startsWith('表三'))!;
    expect(t3.title).toBe('表三：1 处错误');
    const corpus = doc(XIAOYI);
    const lenses = codeLenses(corpus.index, corpus.diagnostics, 'en', 'u');
    expect(lenses.find((l) => l.title.startsWith('table 四'))!.title).toBe('table 四: 5 errors, 1 note');
  });
});

describe('tables written one cell per line', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/layouts/broken-header.txt'), 'utf8');
  const d = doc(text);
  const lines = text.split('\n');

  it('put each total’s hint on the total’s own line', () => {
    const hints = inlayHints(d.index, 'zh');
    // As the example's, less the blank 行政复议 row's total.
    expect(hints).toHaveLength(25 + 6 + 6 + 2);
    const total = lines.indexOf('一、本年新收政府信息公开申请数量 |') + 7;
    expect(lines[total]).toBe('70 |');
    expect(hints.find((h) => h.position.line === total)!.label).toBe('= 70 ✓');
  });

  it('open a code lens over each table, and hover totals and labels on their own lines', () => {
    const lenses = codeLenses(d.index, d.diagnostics, 'zh', 'file:///r.md');
    expect(new Set(lenses.map((l) => l.range.start.line)).size).toBe(6);
    const total = d.index.model.source.lineStarts[lines.indexOf('一、本年新收政府信息公开申请数量 |') + 7];
    expect(hoverAt(d.index, total, 'zh')!.markdown).toContain('61 + 5 + 0 + 0 + 2 + 2 = 70 ✓');
    expect(hoverAt(d.index, d.at('行政规范性文件 |'), 'zh')!.markdown).toContain('行政规范性文件');
  });
});
