import { describe, expect, it } from 'vitest';
import { exportOf } from '../../server/src/lsp/export';
import { previewOf } from '../../server/src/lsp/preview';
import { checkModel, parseReport } from '../../server/src/engine';
import { corpus } from '../helpers';
import { openDocx, tables } from '../export/ooxml';

/**
 * The server side of `govreport/preview` and `govreport/export`, from a document state as the
 * server caches it, and the cost of a preview for a report of normal size.
 */

const state = (text: string, version: number) => {
  const model = parseReport(text);
  return { version, model, diagnostics: checkModel(model) };
};

describe('govreport/preview', () => {
  it('answers the version it rendered, the body fragment, the counts and the block lines', () => {
    const result = previewOf(state(corpus('xiaoyi-2024.txt'), 7))!;
    expect(result.version).toBe(7);
    expect(result.html.startsWith('<article class="gr-report" lang="zh-CN">')).toBe(true);
    expect(result.counts).toEqual({ errors: 5, warnings: 2 });
    expect(result.lineMap!.length).toBeGreaterThan(10);
    expect([...result.lineMap!].sort((a, b) => a - b)).toEqual(result.lineMap);
  });

  it('answers nothing for a document the engine could not read', () => {
    expect(previewOf({ version: 1, model: undefined, diagnostics: [] })).toBeNull();
  });

  it('writes the tooltips in English when asked', () => {
    expect(previewOf(state(corpus('xiaoyi-2024.txt'), 1), 'en')!.html).toContain('a figure is required');
  });

  it('costs a few times the parse and check it starts from (layout and HTML, grid attributes included)', () => {
    const text = corpus('xiaoyi-2024.txt');
    previewOf(state(text, 0)); // warm-up: module initialisation and JIT
    // Interleaved, one of each per round, so that a busy machine slows both alike: the ratio is asserted, never a time.
    const checkedRuns: number[] = [];
    const previewedRuns: number[] = [];
    for (let i = 1; i <= 15; i++) {
      const t0 = performance.now();
      state(text.replace('8311', String(8311 + i)), i);
      const t1 = performance.now();
      previewOf(state(text.replace('8311', String(8411 + i)), i));
      checkedRuns.push(t1 - t0);
      previewedRuns.push(performance.now() - t1);
    }
    const median = (runs: number[]) => runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const checked = median(checkedRuns);
    const previewed = median(previewedRuns);
    console.log(`preview of xiaoyi-2024: parse+check ${checked.toFixed(1)} ms, parse+check+layout+HTML ${previewed.toFixed(1)} ms`);
    expect(previewed / checked).toBeLessThan(8);
  });
});

describe('govreport/export', () => {
  it('returns the page as text and the Word document as base64, with the counts for the confirmation', async () => {
    const s = state(corpus('xiaoyi-2024.txt'), 3);
    const html = (await exportOf(s, 'html'))!;
    expect(html).toMatchObject({ version: 3, encoding: 'utf8', counts: { errors: 5, warnings: 2 } });
    expect(html.data).toMatch(/^<!DOCTYPE html>/);
    const docx = (await exportOf(s, 'docx'))!;
    expect(docx.encoding).toBe('base64');
    expect(tables(openDocx(Buffer.from(docx.data, 'base64')).document)).toHaveLength(3);
  });
});
