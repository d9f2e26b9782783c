import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, setCell, single, where } from './base';

/** The example as the report of a county (沭阳县), which has no power to make 规章. */
const county = (text = BASE) => replaceOnce(replaceOnce(text, 'agency: 孝义市人民政府', 'agency: 沭阳县人民政府'), '孝义市人民政府\n\n2025', '沭阳县人民政府\n\n2025');

describe('rule-making-power', () => {
  it('flags a county reporting 规章 figures above 0, on the figure, without a fix', () => {
    const text = setCell(county(), '规章', 1, '1');
    const d = single(text);
    expect(d.rule).toBe('rule-making-power');
    expect(d.severity).toBe('info');
    expect(where(d)).toBe('53:33-53:34');
    expect(covered(text, d)).toBe('1');
    expect(d.message.zh).toBe('沭阳县人民政府没有规章制定权，「规章」「本年制发件数」应为 0，实为 1（是否误填了规范性文件？）');
    expect(d.message.en).toBe('沭阳县人民政府 has no rule-making power; 规章 “本年制发件数” should be 0, is 1 (a normative document in the wrong row?)');
    expect(d.fixes).toEqual([]);
  });

  it('flags a township and a county’s department alike', () => {
    const township = replaceOnce(setCell(BASE, '规章', 3, '6'), 'agency: 孝义市人民政府', 'agency: 孝义市胜溪湖街道办事处');
    expect(single(township).rule).toBe('rule-making-power');
    const bureau = replaceOnce(replaceOnce(setCell(BASE, '规章', 3, '6'), 'agency: 孝义市人民政府', 'agency: 沭阳县发展和改革局'), 'agencyKind: government', 'agencyKind: department');
    expect(single(bureau).message.zh).toContain('沭阳县发展和改革局没有规章制定权');
  });

  it('does not flag a county whose 规章 figures are 0', () => {
    expect(check(county())).toEqual([]);
  });

  it('does not judge a plain 「××市」, which may be a 设区的市 or a 县级市', () => {
    expect(check(setCell(BASE, '规章', 1, '1'))).toEqual([]);
  });
});
