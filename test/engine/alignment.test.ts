import { describe, expect, it } from 'vitest';
import { fixAll } from '../../server/src/engine';
import { displayWidth } from '../../server/src/engine/text/width';
import { corpus } from '../helpers';

/** Every pipe table of a text, as runs of consecutive pipe lines. */
function pipeTables(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) run.push(line);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

describe('fixes keep tables in their layout', () => {
  it('converting and fixing the corpus report leaves narrow tables aligned and the wide ones (三, 四) compact', () => {
    const fixed = fixAll(corpus('xiaoyi-2024.txt')).text;
    const tables = pipeTables(fixed);
    expect(tables).toHaveLength(6);
    for (const table of tables) {
      const widths = new Set(table.map(displayWidth));
      if (table[0].startsWith('| 申请人情况') || table[0].startsWith('| 复议诉讼情况')) {
        // Compact: one space around every cell, every line within reach of an editor beside the preview but for the longest labels.
        expect(table.every((line) => !/ {2}/.test(line)), table.join('\n')).toBe(true);
        expect(table[1]).toMatch(/^\| --- (\| ---: )+\|$/);
      } else expect(widths.size, table.join('\n')).toBe(1);
    }
    // The five blank 行政复议 cells were filled in place.
    expect(fixed).toContain('| 行政复议 | 0 | 0 | 0 | 0 | 0 |');
  });
});
