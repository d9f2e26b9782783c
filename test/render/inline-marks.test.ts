import { describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport, renderBody } from '../../server/src/engine';
import { all, attr, documentOf, text } from './dom';
import { corpus } from '../helpers';

function body(source: string): string {
  const model = parseReport(source);
  return renderBody(buildLayout(model, checkModel(model)));
}

describe('prose faults are marked on their words', () => {
  it('the figure 8 of 出台行政规范性文件 8 件 is marked, with its message and source range', () => {
    const html = body(corpus('xiaoyi-2024.txt'));
    const marks = all(documentOf(html), (n) => n.tagName === 'mark');
    expect(marks).toHaveLength(1);
    const mark = marks[0];
    expect(attr(mark, 'class')).toBe('gr-inline gr-marked gr-warning');
    expect(attr(mark, 'data-range')).toBe('22,78,22,79');
    expect(attr(mark, 'title')).toBe('▲ 正文“出台行政规范性文件 8 件”与表二「行政规范性文件」「本年制发件数」 10 不符 [text-table-mismatch]');
    expect(text(mark)).toBe('8');
    expect(html).toContain('<span class="gr-mark gr-warning" aria-hidden="true">▲</span>8</mark>');
    // The paragraph itself is not marked a second time.
    expect(html).not.toMatch(/<p[^>]*gr-marked[^>]*>严格公文制发/);
  });

  it('a figure inside bold is marked inside the bold', () => {
    const html = body(corpus('xiaoyi-2024.txt').replace('出台行政规范性文件 8 件', '出台行政规范性文件 **8** 件'));
    expect(html).toContain('<strong><mark class="gr-inline gr-marked gr-warning"');
  });

  it('a mark whose words hold Markdown syntax falls back to its paragraph', () => {
    const source = corpus('xiaoyi-2024.txt').replace('工作年度报告格式》编制而成', '工作年度报告格式（**试行**）》编制而成');
    const html = body(source);
    expect(all(documentOf(html), (n) => n.tagName === 'mark')).toHaveLength(1); // only the figure 8
    expect(html).toMatch(/<p[^>]*class="gr-marked gr-warning"[^>]*title="▲ 引用了已被取代的 2019 年试行格式/);
  });

  it('private-use characters in the draft cannot pose as markers', () => {
    const source = corpus('xiaoyi-2024.txt').replace('全年通过政府门户网站', '全年\ue000\ue010\ue001通过\ue002政府门户网站');
    const html = body(source);
    expect(all(documentOf(html), (n) => n.tagName === 'mark')).toHaveLength(1);
    expect(html).toContain('全年\ufffd\ufffd\ufffd通过\ufffd政府门户网站');
  });
});
