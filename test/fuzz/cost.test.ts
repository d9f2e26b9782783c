import { describe, expect, it } from 'vitest';
import { growth, MAX_RATIO, SHAPES, WORK } from './cost';

/** Linear cost, as a ratio of times at 10N and N (never an absolute time): see cost.ts. */
describe('cost grows linearly with the document', () => {
  for (const shape of SHAPES) {
    it.each(WORK.map((w) => [w.name, w] as const))(`${shape.name}: %s`, (_, work) => {
      expect(growth(shape, work)).toBeLessThan(MAX_RATIO);
    });
  }
});
