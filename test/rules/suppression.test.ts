import { describe, expect, it } from 'vitest';
import { BASE, brief, check, replaceOnce, setCell } from './base';

/** Two faults: a blank 行政复议 结果维持 (line 108) and a wrong 未经复议直接起诉 总计 (line 109). */
const TWO = setCell(setCell(BASE, '行政复议', 1, ''), '行政诉讼（未经复议直接起诉）', 5, '13');
const REVIEW_ROW = '| 行政复议                     |';
const SUIT_ROW = '| 行政诉讼（未经复议直接起诉） |';
const TABLE4_HEAD = '| 复议诉讼情况';

const before = (text: string, row: string, comment: string) => replaceOnce(text, row, `${comment}\n${row}`);
const rules = (text: string, options?: Parameters<typeof check>[1]) => check(text, options).map((d) => d.rule);

describe('suppression comments', () => {
  it('the document without comments has both faults', () => {
    expect(check(TWO).map(brief)).toEqual(['cell-empty/error@108:29-108:38', 'table4-total/error@109:66-109:68']);
  });

  it('disable-next-line with a rule id silences that rule on the next line only', () => {
    const text = before(TWO, REVIEW_ROW, '<!-- govreport-disable-next-line cell-empty -->');
    expect(check(text).map(brief)).toEqual(['table4-total/error@110:66-110:68']);
  });

  it('disable-next-line with another rule id silences nothing', () => {
    const text = before(TWO, REVIEW_ROW, '<!-- govreport-disable-next-line table4-total -->');
    expect(rules(text)).toEqual(['cell-empty', 'table4-total']);
  });

  it('disable-next-line does not reach past the next line', () => {
    const text = before(TWO, REVIEW_ROW, '<!-- govreport-disable-next-line table4-total -->');
    expect(check(text).map(brief)).toContain('table4-total/error@110:66-110:68');
  });

  it('disable-next-line without ids silences every rule on the next line', () => {
    const text = before(TWO, SUIT_ROW, '<!-- govreport-disable-next-line -->');
    expect(rules(text)).toEqual(['cell-empty']);
  });

  it('several ids, separated by spaces or commas', () => {
    const text = before(TWO, TABLE4_HEAD, '<!-- govreport-disable cell-empty, table4-total -->');
    expect(rules(text)).toEqual([]);
  });

  it('disable … enable with a rule id silences the lines between', () => {
    let text = before(TWO, REVIEW_ROW, '<!-- govreport-disable cell-empty -->');
    text = before(text, SUIT_ROW, '<!-- govreport-enable cell-empty -->');
    expect(rules(text)).toEqual(['table4-total']);
    // A second blank after the enable is reported again.
    text = setCell(text, '行政诉讼（复议后起诉）', 1, '');
    expect(rules(text)).toEqual(['table4-total', 'cell-empty']);
  });

  it('disable without ids silences everything to the end; enable without ids ends it', () => {
    const all = before(TWO, TABLE4_HEAD, '<!-- govreport-disable -->');
    expect(rules(all)).toEqual([]);
    const until = before(all, SUIT_ROW, '<!-- govreport-enable -->');
    expect(rules(until)).toEqual(['table4-total']);
  });

  it('a disable for one rule leaves the others', () => {
    const text = before(TWO, TABLE4_HEAD, '<!-- govreport-disable table4-total -->');
    expect(rules(text)).toEqual(['cell-empty']);
  });

  it('a directive inside a fenced code block is an example, not a directive', () => {
    const text = replaceOnce(TWO, '## 五、', '```\n<!-- govreport-disable -->\n```\n\n## 五、');
    expect(rules(text)).toEqual(['cell-empty', 'table4-total']);
  });

  it('a comment inside a pipe table does not make the table “pasted”', () => {
    const text = before(TWO, REVIEW_ROW, '<!-- govreport-disable-next-line cell-empty -->');
    expect(rules(text)).not.toContain('table-pasted');
  });
});

describe('per-rule severity settings', () => {
  it('off removes the rule’s diagnostics and nothing else', () => {
    expect(rules(TWO, { rules: { 'cell-empty': 'off' } })).toEqual(['table4-total']);
  });

  it.each(['hint', 'info', 'warning', 'error'] as const)('%s replaces the rule’s severity', (severity) => {
    const diagnostics = check(TWO, { rules: { 'cell-empty': severity } });
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['cell-empty', severity],
      ['table4-total', 'error'],
    ]);
  });

  it('a setting wins over a finding’s own severity (publish-date: too early is an error)', () => {
    const early = replaceOnce(BASE, 'published: 2025-01-24', 'published: 2024-12-31');
    expect(check(early).map((d) => d.severity)).toEqual(['error']);
    expect(check(early, { rules: { 'publish-date': 'hint' } }).map((d) => d.severity)).toEqual(['hint']);
  });
});
