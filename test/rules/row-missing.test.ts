import { describe, expect, it } from 'vitest';
import { fixAll } from '../../server/src/engine';
import { BASE, check, covered, deleteLines, expectFixRestores, lineOf, single, where } from './base';

describe('row-missing', () => {
  it('flags an official row absent from table 三, at the row it belongs before, and inserts it zero-filled', () => {
    const text = deleteLines(BASE, lineOf(BASE, '| 2.其他法律行政法规禁止公开'));
    const d = single(text);
    expect(d.rule).toBe('row-missing');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('80:3-80:15');
    expect(covered(text, d)).toBe('3.危及“三安全一稳定”');
    expect(d.message.zh).toBe('表三缺少「2.其他法律行政法规禁止公开」行（应在此行之前）');
    expect(d.message.en).toBe('table 三 lacks the row “2.其他法律行政法规禁止公开” (it belongs before this row)');
    const fixed = expectFixRestores(text, d);
    expect(fixed.split('\n')[79]).toMatch(/^\| 2\.其他法律行政法规禁止公开 \|\s+0 \|/);
  });

  it('inserts a row with the figures the totals imply, so that fix-all never rewrites a total the author wrote (found by npm run fuzz)', () => {
    // 1.本机关不掌握相关政府信息: 21 3 0 0 0 1 25. Zeros broke every （七）总计 equation, and fix-all then changed the totals.
    const text = deleteLines(BASE, lineOf(BASE, '| 1.本机关不掌握相关政府信息'));
    const d = single(text);
    expect(d.fixes.map((f) => [f.title.zh, f.preferred])).toEqual([['插入「1.本机关不掌握相关政府信息」行（按勾稽关系填数，其余填 0）', true]]);
    expect(d.fixes[0].title.en).toBe('Insert “1.本机关不掌握相关政府信息” with the figures the totals imply, 0 elsewhere');
    const fixed = expectFixRestores(text, d);
    const row = (t: string) => t.split('\n')[lineOf(BASE, '| 1.本机关不掌握相关政府信息') - 1].split('|').slice(2, -1).map((c) => c.trim());
    expect(row(fixed)).toEqual(row(BASE));
    expect(row(fixAll(text).text)).toEqual(['21', '3', '0', '0', '0', '1', '25']);
    expect(check(fixAll(text).text)).toEqual([]);
  });

  it('inserts the last official row of a table after the table’s last row', () => {
    const text = deleteLines(BASE, lineOf(BASE, '| 行政诉讼（复议后起诉）'));
    const d = single(text);
    expect(covered(text, d)).toBe('行政诉讼（未经复议直接起诉）');
    expect(d.message.zh).toBe('表四缺少「行政诉讼（复议后起诉）」行（应在此行之后）');
    expect(d.message.en).toBe('table 四 lacks the row “行政诉讼（复议后起诉）” (it belongs after this row)');
    const fixed = expectFixRestores(text, d);
    expect(fixed.split('\n')[109]).toMatch(/^\| 行政诉讼（复议后起诉） \|\s+0 \|/);
  });

  it('inserts rows missing side by side together, in official order, from either diagnostic', () => {
    const text = deleteLines(BASE, lineOf(BASE, '| 2.其他法律行政法规禁止公开'), lineOf(BASE, '| 3.危及“三安全一稳定”'));
    const diagnostics = check(text);
    expect(diagnostics.map((d) => d.message.zh)).toEqual([
      '表三缺少「2.其他法律行政法规禁止公开」行（应在此行之前）',
      '表三缺少「3.危及“三安全一稳定”」行（应在此行之前）',
    ]);
    expect(diagnostics.map((d) => covered(text, d))).toEqual(['4.保护第三方合法权益', '4.保护第三方合法权益']);
    expect(diagnostics[1].fixes[0].title.zh).toBe('插入缺少的 2 行（「2.其他法律行政法规禁止公开」等，填 0）');
    for (const d of diagnostics) {
      const fixed = expectFixRestores(text, d);
      expect(fixed.split('\n').slice(79, 81).map((l) => l.split('|')[1].trim())).toEqual(['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”']);
    }
  });

  it('does not ask for a group row: （三）不予公开 carries no figures and may be left out', () => {
    expect(check(deleteLines(BASE, lineOf(BASE, '| （三）不予公开')))).toEqual([]);
  });

  it('flags a sub-table whose header has no row under it, on the header, and inserts the row there', () => {
    // Found by fuzzing: 第二十条第（五）项 without its only row was reported by nothing.
    const text = deleteLines(BASE, lineOf(BASE, '| 行政许可'));
    const d = single(text);
    expect(d.rule).toBe('row-missing');
    expect(covered(text, d)).toBe('| 第二十条第（五）项 | 本年处理决定数量 |');
    expect(d.message.zh).toBe('表二第二十条第（五）项缺少「行政许可」行（应在表头之下）');
    expect(d.message.en).toBe('table 二, Art. 20(5) lacks the row “行政许可” (it belongs under this header)');
    const fixed = expectFixRestores(text, d);
    expect(fixed.split('\n')[lineOf(BASE, '| 行政许可') - 1]).toMatch(/^\| 行政许可 +\| +0 \|$/);
  });
});
