import { describe, expect, it } from 'vitest';
import { BASE, check, covered, lineOf, replaceOnce, single, where } from './base';

/** Moves lines [from, to) (1-based) to before line `before`. */
function move(text: string, from: number, to: number, before: number): string {
  const lines = text.split('\n');
  const block = lines.splice(from - 1, to - from);
  const at = before > from ? before - 1 - block.length : before - 1;
  lines.splice(at, 0, ...block);
  return lines.join('\n');
}

describe('section-order', () => {
  it('flags the one section out of the official order, on its heading, without a fix', () => {
    // Section 五 moved up to follow section 一.
    const text = move(BASE, lineOf(BASE, '## 五、'), lineOf(BASE, '## 六、'), lineOf(BASE, '## 二、'));
    const d = single(text);
    expect(d.rule).toBe('section-order');
    expect(d.severity).toBe('warning');
    expect(covered(text, d)).toBe('## 五、存在的主要问题及改进情况');
    expect(where(d)).toBe('49:1-49:18');
    expect(d.message.zh).toBe('「存在的主要问题及改进情况」是第五部分，顺序不对');
    expect(d.message.en).toBe('“存在的主要问题及改进情况” is section 5 and is out of order');
    expect(d.fixes).toEqual([]);
  });

  it('judges order by wording, not numbers: a misnumbered heading in its place is a heading matter', () => {
    const text = replaceOnce(BASE, '## 五、存在的主要问题及改进情况', '## 四、存在的主要问题及改进情况');
    expect(check(text).map((d) => d.rule)).toEqual(['section-heading']);
  });
});
