import { describe, expect, it } from 'vitest';
import { BASE, check, covered, lastYear, replaceOnce, where } from './base';

const NAMED = replaceOnce(BASE, 'published: 2025-01-24\n', 'published: 2025-01-24\nprevious: ./孝义市2023年政府信息公开工作年度报告.md\n');
const REASON = { zh: './孝义市2023年政府信息公开工作年度报告.md：文件不存在', en: './孝义市2023年政府信息公开工作年度报告.md: no such file' };

describe('previous-unreadable', () => {
  it('flags the front matter’s previous when the host could not read that file, on the path', () => {
    const [d, ...rest] = check(NAMED, { previousUnreadable: REASON });
    expect(rest).toEqual([]);
    expect(d.rule).toBe('previous-unreadable');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('6:11-6:36');
    expect(covered(NAMED, d)).toBe('./孝义市2023年政府信息公开工作年度报告.md');
    expect(d.message.zh).toBe('无法读取上年度报告（./孝义市2023年政府信息公开工作年度报告.md：文件不存在），已跳过跨年度检查');
    expect(d.message.en).toBe("last year's report cannot be read (./孝义市2023年政府信息公开工作年度报告.md: no such file); the cross-year checks were skipped");
  });

  it('is quiet when the named report was read', () => {
    expect(check(NAMED, { previous: lastYear() })).toEqual([]);
  });

  it('is quiet when the front matter names no previous report', () => {
    expect(check(BASE, { previousUnreadable: REASON })).toEqual([]);
  });

  it('follows the severity setting', () => {
    expect(check(NAMED, { previousUnreadable: REASON, rules: { 'previous-unreadable': 'off' } })).toEqual([]);
  });
});
