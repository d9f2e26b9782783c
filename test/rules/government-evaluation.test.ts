import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

const ACCOUNTABILITY = '本年度未发生因政府信息公开工作被责任追究的情况。';

describe('government-evaluation', () => {
  it('flags a people’s government’s report missing 责任追究, at 监督保障, naming what is missing', () => {
    const text = replaceOnce(BASE, ACCOUNTABILITY, '');
    const d = single(text);
    expect(d.rule).toBe('government-evaluation');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('45:1-45:14');
    expect(covered(text, d)).toBe('### （五）强化监督保障');
    expect(d.message.zh).toBe('人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项），未见：责任追究');
    expect(d.message.en).toBe("A government's report must give the results of appraisal, public evaluation and accountability (Art. 50(4)); missing: accountability");
    expect(d.fixes).toEqual([]);
  });

  it('names every missing result', () => {
    const text = replaceOnce(replaceOnce(BASE, ACCOUNTABILITY, ''), '通过政府网站留言、政务服务评价等渠道开展社会评议，群众评价总体满意；', '');
    expect(single(text).message.zh).toMatch(/未见：社会评议、责任追究$/);
  });

  it('does not flag a department’s report, which 第五十条第（四）项 does not cover', () => {
    const text = replaceOnce(replaceOnce(BASE, ACCOUNTABILITY, ''), 'agencyKind: government', 'agencyKind: department');
    expect(check(text)).toEqual([]);
  });
});
