import { describe, expect, it } from 'vitest';
import { asYear, BASE, check, covered, expectFixRestores, replaceOnce, single, where } from './base';

describe('format-citation', () => {
  it('flags a 2024 report citing the 试行 format, and cites the 2021 format instead', () => {
    const text = replaceOnce(BASE, '年度报告格式》编制', '年度报告格式（试行）》编制');
    const d = single(text);
    expect(d.rule).toBe('format-citation');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('21:44-21:54');
    expect(covered(text, d)).toBe('年度报告格式（试行）');
    expect(d.message.zh).toBe('引用了已被取代的 2019 年试行格式（“年度报告格式（试行）”）；2024 年度报告应依据国办公开办函〔2021〕30号');
    expect(d.message.en).toBe('Cites the superseded 2019 trial format (“年度报告格式（试行）”); a 2024 report follows 国办公开办函〔2021〕30号');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('flags the 2019 notice number', () => {
    const text = replaceOnce(BASE, '按照《中华人民共和国政府信息公开工作年度报告格式》编制', '按照国办公开办函〔2019〕60号编制');
    const d = single(text);
    expect(covered(text, d)).toBe('国办公开办函〔2019〕60号');
    expect(d.fixes[0].edits[0].newText).toBe('国办公开办函〔2021〕30号');
    expect(check(expectFixRestores(text, d))).toEqual([]);
  });

  it('does not flag the same citation in a 2020 report, which the 试行 format governed', () => {
    expect(check(asYear(replaceOnce(BASE, '年度报告格式》编制', '年度报告格式（试行）》编制'), 2020))).toEqual([]);
  });
});
