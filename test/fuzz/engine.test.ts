import fc from 'fast-check';
import { describe, it } from 'vitest';
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
