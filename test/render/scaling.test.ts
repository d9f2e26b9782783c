import { describe, expect, it } from 'vitest';
import { renderProse, type Mark } from '../../server/src/engine';
import { timeRatio } from '../helpers';

/**
 * Rendering grows linearly with the prose (a ratio of the time at 10N to the time at N, with a
 * wide margin; never an absolute time). Linear is ~10×; the defects these guard against were
 * ~100×.
 */

/** One paragraph of `n` soft-wrapped lines of Chinese, as drafts are wrapped mid-sentence. */
const wrapped = (n: number) => Array.from({ length: n }, (_, i) => `全年共受理政府信息公开申请${i}件，均按期答复`).join('\n');

describe('prose rendering scales linearly', () => {
  it('joins the lines of a long wrapped paragraph without looking back through every earlier line', () => {
    const small = wrapped(1_000);
    const large = wrapped(10_000);
    // The lines are joined with no space between Chinese characters.
    expect(renderProse('甲乙\n丙丁')).toBe('<p>甲乙丙丁</p>\n');
    expect(renderProse(large)).toContain('均按期答复全年共受理政府信息公开申请1件');
    expect(timeRatio(() => renderProse(small), () => renderProse(large))).toBeLessThan(30);
  });

  it('places block marks on their blocks in one sweep, not one search of all blocks per mark', () => {
    // A list of n items, each with a mark on its line that cannot sit on its words (it covers a `*`).
    const list = (n: number) => {
      const lines = Array.from({ length: n }, (_, i) => `- 第${i}项 *说明*`);
      const marks: Mark[] = lines.map((line, i) => ({
        rule: 'section-empty',
        severity: 'warning',
        message: { zh: `第${i}项`, en: `item ${i}` },
        range: { start: { line: 100 + i, character: 0 }, end: { line: 100 + i, character: line.length } },
      }));
      const source = lines.join('\n');
      return { source, marks };
    };
    const small = list(500);
    const large = list(5_000);
    const html = renderProse(large.source, { baseLine: 100, marks: large.marks });
    // On the list items (the paragraphs of a tight list are not rendered), with their symbols.
    expect(html.match(/<li data-line="\d+" class="gr-marked gr-warning" title="▲ 第\d+项 \[section-empty\]"><span class="gr-mark gr-warning" aria-hidden="true">▲<\/span>第\d+项 <em>说明<\/em><\/li>/g)).toHaveLength(5_000);
    expect(html).toContain('<li data-line="4199" class="gr-marked gr-warning" title="▲ 第4099项 [section-empty]">');
    const render = (l: ReturnType<typeof list>) => () => renderProse(l.source, { baseLine: 100, marks: l.marks });
    expect(timeRatio(render(small), render(large))).toBeLessThan(30);
  });
});
