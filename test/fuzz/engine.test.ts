import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE } from '../rules/base';
import { allEntryPoints, htmlInert } from './entry-points';
import { ENGINE_PROPERTIES } from './properties';

/**
 * The engine's properties (properties.ts) with fixed seeds, so every run of `npm test` sees the
 * same inputs; `npm run fuzz` runs the same properties with fresh seeds for as long as asked.
 */
const SEED = 20_260_901;

describe('engine properties (fixed seeds)', () => {
  it.each(ENGINE_PROPERTIES.map((p) => [p.name, p] as const))('%s', (_, p) => {
    fc.assert(p.property(), { seed: SEED, numRuns: p.runs });
  }, 120_000);
});

describe('the checks themselves', () => {
  it('a report with lone trail surrogates side by side: every entry point runs, and its HTML is read as a browser reads it', () => {
    // parse5 took 「\udfff\udfff」 for a surrogate pair and threw RangeError (npm run fuzz, seed 21385708).
    const { diagnostics } = allEntryPoints(`${BASE}\udfff\udfff\n`, [BASE.length]);
    expect(diagnostics).toEqual([]);
    expect(() => htmlInert('<p>\udfff\udfff</p>', { style: 0, meta: 0 })).not.toThrow();
    expect(() => htmlInert('<p>\udfff<script></script></p>', { style: 0, meta: 0 })).toThrow('<script> in the HTML');
  });
});
