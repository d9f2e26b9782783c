import { describe, expect, it } from 'vitest';
import { Analysis, parseReport } from '../../server/src/engine';
import { corpus, only } from '../helpers';
import { BASE, brief, check, covered, replaceOnce, single, where } from './base';

// Table 三 of the example: （一）6 + （二）25 = 31, （三） 2, （七）总计 69, 一 总计 70.
const SENTENCE = '全年共受理政府信息公开申请 70 件。';
const withShares = (shares: string) => replaceOnce(BASE, SENTENCE, `${SENTENCE}${shares}`);

describe('text-percentage-mismatch', () => {
  it('flags a share the tables do not give, on the percentage, naming both figures, without a fix', () => {
    const text = withShares('办结 69 件，其中予以公开或部分公开占44.9%、不予公开占3.9%。');
    const d = single(text);
    expect(d.rule).toBe('text-percentage-mismatch');
    expect(d.severity).toBe('warning');
    expect(covered(text, d)).toBe('3.9%');
    expect(where(d)).toBe('33:150-33:154');
    expect(d.message.zh).toBe('正文“不予公开占3.9%”与表不符：表三「（三）不予公开」各项之和 2 占表三「（七）总计」 69 的 2.9%');
    expect(d.message.en).toBe('The text “不予公开占3.9%” disagrees with the tables: table 三 （三） refused, all rows 2 is 2.9% of table 三 （七）总计 69');
    expect(d.fixes).toEqual([]);
  });

  it('accepts a share rounded or cut off at the precision the text writes, of 办结 or of 受理', () => {
    // 31 / 69 = 44.927…%, 31 / 70 = 44.285…%; 2 / 69 = 2.898…%.
    for (const shares of ['其中予以公开或部分公开占44.93%。', '其中予以公开或部分公开占44.92%。', '予以公开及部分公开 31 件（44.3%）。', '予以公开和部分公开31件，占比为45%。', '不予公开 2 件（2.90%）。']) {
      expect(check(withShares(shares)).map(brief), shares).toEqual([]);
    }
  });

  it('reads the share of each outcome and of each kind of applicant', () => {
    // 自然人 61 of 70 received = 87.1%; （四）无法提供 27 of 69 = 39.1%.
    expect(check(withShares('其中自然人申请占87.1%，无法提供 27 件（39.1%）。'))).toEqual([]);
    const text = withShares('其中自然人申请占81.7%，无法提供 27 件（39.1%）。');
    expect(covered(text, single(text))).toBe('81.7%');
  });

  it('leaves a share that matches its wrong count to text-table-mismatch (one fault, one diagnostic)', () => {
    // 27 is right for 无法提供; 30 件 is a slip, and 43.5% is 30 / 69: the share follows the count.
    const text = withShares('无法提供 30 件（43.5%）。');
    expect(check(text).map((d) => d.rule)).toEqual(['text-table-mismatch']);
  });

  it('does not read growth rates, shares of other years or of other bodies, or percentages without an outcome', () => {
    for (const shares of ['申请数量较上年增长12.3%。', '2023年不予公开占9.9%。', '各部门不予公开占9.9%。', '满意率为100%。']) {
      expect(check(withShares(shares)), shares).toEqual([]);
    }
  });

  it('finds and accepts every share quoted by 上海市人民政府办公厅 2025 (of 办结 1191)', () => {
    const text = corpus('shanghai-office-2025.pdf2md.md');
    const shares = Analysis.of(parseReport(text)).percentages.map((p) => p.claim.percent);
    expect(shares).toEqual([17.46, 1.68, 47.36, 6.72, 26.78]);
    expect(only(check(text), 'text-percentage-mismatch')).toEqual([]);
  });

  it('flags the 2019 share that fits neither its count nor the table (上海市人民政府办公厅 2019)', () => {
    // 「予以公开及部分公开258件，占33.9%」: 258 / 805 = 32.0%, the table's 275 / 805 = 34.2%.
    const text = corpus('shanghai-office-2019.oldformat.txt');
    expect(only(check(text), 'text-percentage-mismatch').map((d) => covered(text, d))).toEqual(['33.9%']);
  });
});
