import { describe, expect, it } from 'vitest';
import { chineseNumeral, labelKey, splitNumbering, toChineseNumeral, editDistance } from '../../server/src/engine/text/normalize';
import { parseCell } from '../../server/src/engine/text/numbers';
import { dateOnlyLine, findDates } from '../../server/src/engine/text/dates';
import { displayWidth } from '../../server/src/engine/text/width';
import { SourceText } from '../../server/src/engine';
import { certainlyLacksRuleMakingPower, inferAgencyKind, placeLevel } from '../../server/src/engine/domain/agency';

describe('label keys', () => {
  it('fold width, spacing, quotes, list punctuation and brackets', () => {
    expect(labelKey('（二） 部分公开(区分处理的，只计这一情形,不计其他情形）')).toBe(labelKey('(二)部分公开（区分处理的,只计这一情形，不计其他情形)'));
    expect(labelKey('3. 危及“三安全一稳定”')).toBe('3危及三安全一稳定');
    expect(labelKey('自然 人')).toBe('自然人');
    expect(labelKey('**规章**')).toBe('规章');
    expect(labelKey('【一】')).toBe('(一)');
  });
  it('split list numbers of three kinds', () => {
    expect(splitNumbering('一、本年新收')).toEqual({ numbering: { kind: 'top', value: 1 }, rest: '本年新收' });
    expect(splitNumbering('（七）总计')).toEqual({ numbering: { kind: 'group', value: 7 }, rest: '总计' });
    expect(splitNumbering('1、 申请人')).toEqual({ numbering: { kind: 'item', value: 1 }, rest: '申请人' });
    expect(splitNumbering('12.5')).toEqual({ rest: '12.5' });
  });
  it('read and write Chinese numerals', () => {
    expect([chineseNumeral('十三'), chineseNumeral('二十七'), chineseNumeral('五十一'), chineseNumeral('abc')]).toEqual([13, 27, 51, undefined]);
    expect([toChineseNumeral(6), toChineseNumeral(10), toChineseNumeral(27)]).toEqual(['六', '十', '二十七']);
  });
  it('bound the edit distance', () => {
    expect(editDistance('属于三类内容事务信息', '属于三类内部事务信息', 2)).toBe(1);
    expect(editDistance('规章', '行政许可证明', 1)).toBe(2);
  });
});

describe('cells', () => {
  it('read figures and say why others are not', () => {
    expect(parseCell('35583', 'count')).toEqual({ status: 'ok', value: 35583 });
    expect(parseCell('35,583', 'count')).toEqual({ status: 'styled', value: 35583, canonical: '35583' });
    expect(parseCell('７０', 'count')).toEqual({ status: 'styled', value: 70, canonical: '70' });
    expect(parseCell('**70**', 'count')).toEqual({ status: 'styled', value: 70, canonical: '70' });
    expect(parseCell('070', 'count')).toEqual({ status: 'styled', value: 70, canonical: '70' });
    expect(parseCell('', 'count')).toEqual({ status: 'empty' });
    expect(parseCell('·', 'count')).toEqual({ status: 'empty' });
    expect(parseCell('/', 'count')).toEqual({ status: 'not-number' });
    expect(parseCell('无', 'count')).toEqual({ status: 'not-number' });
    expect(parseCell('3件', 'count')).toEqual({ status: 'not-number', value: 3, canonical: '3' });
    expect(parseCell('-2', 'count')).toEqual({ status: 'negative', value: -2 });
    expect(parseCell('-2', 'delta')).toEqual({ status: 'ok', value: -2 });
    expect(parseCell('1.5', 'count')).toEqual({ status: 'not-integer', value: 1.5 });
    expect(parseCell('429.385756', 'money')).toEqual({ status: 'ok', value: 429.385756 });
    expect(parseCell('251000元', 'money', ['元'])).toEqual({ status: 'ok', value: 251000 });
    expect(parseCell('?', 'count')).toEqual({ status: 'unreadable' });
  });
});

describe('dates', () => {
  it('find dates in Chinese, ISO and Chinese-numeral forms', () => {
    expect(findDates('自 2024 年 1 月 1 日起，至 12 月 31 日止', 2024).map((d) => [d.date, d.hasYear])).toEqual([
      [{ year: 2024, month: 1, day: 1 }, true],
      [{ year: 2024, month: 12, day: 31 }, false],
    ]);
    expect(findDates('发布日期：2020-01-31')[0].date).toEqual({ year: 2020, month: 1, day: 31 });
    expect(findDates('二〇二五年一月二十四日')[0].date).toEqual({ year: 2025, month: 1, day: 24 });
    expect(findDates('2024年2月30日')).toEqual([]);
  });
  it('recognise a signature date line', () => {
    expect(dateOnlyLine('2025 年 1 月 24 日')?.date).toEqual({ year: 2025, month: 1, day: 24 });
    expect(dateOnlyLine('（2026年1月23日）')?.date).toEqual({ year: 2026, month: 1, day: 23 });
    expect(dateOnlyLine('2025 年 1 月 24 日召开会议')).toBeUndefined();
  });
});

describe('display width', () => {
  it('counts CJK as two columns', () => {
    expect(displayWidth('规章')).toBe(4);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('ab 12')).toBe(5);
    expect(displayWidth('“三安全一稳定”')).toBe(14); // curly quotes are ambiguous-width: one column in a monospace editor
  });
});

describe('source positions', () => {
  it('are exact with LF, CRLF and CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const src = new SourceText(['一', '二三', '四'].join(eol));
      const offset = src.text.indexOf('三');
      expect(src.positionAt(offset)).toEqual({ line: 1, character: 1 });
      expect(src.offsetAt({ line: 1, character: 1 })).toBe(offset);
      expect(src.lineText(1)).toBe('二三');
      expect(src.lineCount).toBe(3);
    }
  });
});

describe('agency names', () => {
  it('tell governments from departments, reading from the end', () => {
    expect(inferAgencyKind('孝义市人民政府')).toBe('government');
    expect(inferAgencyKind('上海市人民政府办公厅')).toBe('department');
    expect(inferAgencyKind('沭阳县发展和改革局')).toBe('department');
    expect(inferAgencyKind('上海市科委')).toBe('department');
    expect(inferAgencyKind('大东坝镇')).toBe('government');
    expect(inferAgencyKind('孝义市')).toBe('government');
  });
  it('know rule-making power only when the name is certain', () => {
    expect(placeLevel('沭阳县市场监督管理局')).toBe('county');
    expect(placeLevel('上海市浦东新区人民政府')).toBe('county');
    expect(placeLevel('淮安市人民政府')).toBe('unknown');
    expect(placeLevel('广西壮族自治区人民政府')).toBe('province');
    expect(certainlyLacksRuleMakingPower('某镇人民政府')).toBe(true);
    expect(certainlyLacksRuleMakingPower('孝义市人民政府')).toBe(false);
  });
});
