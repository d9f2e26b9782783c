import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/engine';
import { timeRatio } from '../helpers';

const edit = (start: number, end: number, newText: string) => ({ span: { start, end }, newText });

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    expect(applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(2, 2, '+')]).text).toBe('Ab+cdEf');
  });

  it('puts an insertion before a replacement that starts at the same point, in either order', () => {
    expect(applyEdits('abc', [edit(1, 2, 'B'), edit(1, 1, '+')]).text).toBe('a+Bc');
    expect(applyEdits('abc', [edit(1, 1, '+'), edit(1, 2, 'B')]).text).toBe('a+Bc');
    // Touching is not overlapping: an insertion at the end of a replacement comes after it.
    expect(applyEdits('abc', [edit(1, 2, 'B'), edit(2, 2, '+')]).text).toBe('aB+c');
  });

  it('skips, whole, an edit that overlaps an earlier one (two insertions at one point too) or lies outside the text', () => {
    const r = applyEdits('abcdef', [edit(1, 4, 'X'), edit(3, 5, 'Y'), edit(0, 0, '<'), edit(0, 0, '['), edit(2, 2, '!'), edit(5, 9, 'Z'), edit(4, 4, '>')]);
    expect(r.text).toBe('<aX>ef');
    expect(r.skipped).toEqual([edit(3, 5, 'Y'), edit(0, 0, '['), edit(2, 2, '!'), edit(5, 9, 'Z')]);
    expect(r.applied).toEqual([edit(1, 4, 'X'), edit(0, 0, '<'), edit(4, 4, '>')]);
  });

  it('grows linearly with the number of edits (each used to copy the whole text, and be tested against every other)', () => {
    const run = (n: number) => {
      const text = '| 0 '.repeat(n);
      const edits = Array.from({ length: n }, (_, i) => edit(4 * i + 2, 4 * i + 3, String(i % 10)));
      expect(applyEdits(text, edits).applied).toHaveLength(n);
      return () => applyEdits(text, edits);
    };
    // A hundred times the edits: linear is ~100×, the old way ~10,000×. The bound leaves a
    // factor of ten either way, for a busy machine and the garbage collector.
    const ratio = timeRatio(run(300), run(30_000));
    expect(ratio).toBeLessThan(1_000);
  });
});
