import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

const published = (date: string, text = BASE) => replaceOnce(text, 'published: 2025-01-24', `published: ${date}`);
const department = (text: string) => replaceOnce(text, 'agencyKind: government', 'agencyKind: department');

describe('publish-date', () => {
  it('flags a government publishing after 3月31日, as a warning, on the date', () => {
    const text = published('2025-04-01');
    const d = single(text);
    expect(d.rule).toBe('publish-date');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('5:12-5:22');
    expect(covered(text, d)).toBe('2025-04-01');
    expect(d.message.zh).toBe('公布日期 2025年4月1日 晚于条例第四十九条规定的期限：人民政府应在 2025年3月31日 前公布');
    expect(d.message.en).toBe('Published on 2025-04-01, after the Art. 49 deadline: a government must publish by 2025-03-31');
    expect(d.fixes).toEqual([]);
  });

  it('flags a report dated within its own year as an error', () => {
    const d = single(published('2024-12-31'));
    expect(d.severity).toBe('error');
    expect(d.message.zh).toBe('公布日期 2024年12月31日 在 2024 年度结束之前，报告不可能涵盖全年');
    expect(d.message.en).toBe('Published on 2024-12-31, before the 2024 year ended: the report cannot cover the whole year');
  });

  it('flags a department publishing after 1月31日', () => {
    const d = single(department(published('2025-02-01')));
    expect(d.message.zh).toBe('公布日期 2025年2月1日 晚于条例第四十九条规定的期限：政府部门应在 2025年1月31日 前公布');
  });

  it('reads the date from the signature when the front matter has none', () => {
    const text = replaceOnce(replaceOnce(BASE, 'published: 2025-01-24\n', ''), '2025 年 1 月 24 日', '2025 年 4 月 1 日');
    const d = single(text);
    expect(covered(text, d)).toBe('2025 年 4 月 1 日');
  });

  it.each([
    ['a government, on 3月31日', published('2025-03-31')],
    ['a department, on 1月31日', department(published('2025-01-31'))],
    ['the first day after the year', published('2025-01-01')],
  ])('does not flag %s', (_, text) => {
    expect(check(text)).toEqual([]);
  });
});
