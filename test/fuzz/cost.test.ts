import { describe, expect, it } from 'vitest';
import { growth, MAX_RATIO, SHAPES, WORK } from './cost';
import { PENDING } from './pending';

/** Linear cost, as a ratio of times at 10N and N (never an absolute time): see cost.ts. */
describe('cost grows linearly with the document', () => {
  const pendingFor = (shape: string, work: string) =>
    (PENDING.has('item 2') && shape.includes('blank rows')) || (PENDING.has('item 3') && shape.includes('soft-wrapped') && work === 'render');
  for (const shape of SHAPES) {
    it.each(WORK.filter((w) => !pendingFor(shape.name, w.name)).map((w) => [w.name, w] as const))(`${shape.name}: %s`, (_, work) => {
      expect(growth(shape, work)).toBeLessThan(MAX_RATIO);
    });
  }
});
