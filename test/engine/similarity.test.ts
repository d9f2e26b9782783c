import { describe, expect, it } from 'vitest';
import { bigrams, dice, ParagraphIndex } from '../../server/src/engine/analysis/similarity';
import { timeRatio } from '../helpers';

/**
 * The paragraph index behind rule copied-text: prefix filtering must never miss a paragraph at
 * least as similar as the threshold (checked against measuring every pair), and must keep the
 * cost linear when every paragraph shares common bigrams with every other.
 */

const HAN = '政府信息公开工作年度报告本机关全年共受理申请依法办理答复主动发布平台建设监督保障考核评议责任追究存在问题改进措施进一步加强规范管理提升服务质量';

/** A deterministic generator (mulberry32), so that a failure can be reproduced. */
function generator(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function paragraph(random: (n: number) => number, length: number, alphabet = HAN): string {
  return Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
}

/** 1,500 ideographs: the vocabulary of real prose, in which a paragraph's rarest bigrams are rare. */
const WIDE = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');

/** Replaces a share of a text's characters (and so roughly twice that share of its bigrams). */
function mutate(random: (n: number) => number, text: string, share: number): string {
  return [...text].map((c) => (random(1000) < share * 1000 ? HAN[random(HAN.length)] : c)).join('');
}

describe('ParagraphIndex', () => {
  it('finds exactly what measuring every pair finds, at the threshold and around it', () => {
    const random = generator(7);
    const last = Array.from({ length: 120 }, () => paragraph(random, 30 + random(150)));
    // Repeated bigrams in one paragraph (multiset similarity) and a paragraph of one repeated character.
    last.push('公开公开公开公开公开公开公开公开公开公开公开公开公开公开公开公开', '政'.repeat(60));
    const queries = [
      ...last.flatMap((p) => [0, 0.02, 0.04, 0.06, 0.1].map((share) => mutate(random, p, share))),
      ...Array.from({ length: 50 }, () => paragraph(random, 40 + random(100))),
      '公开公开公开公开公开公开公开公开公开公开公开公开公开公开公开公开公开',
      '政'.repeat(59),
    ];
    for (const threshold of [0.9, 0.8]) {
      const index = new ParagraphIndex(last, threshold);
      const lastGrams = last.map(bigrams);
      let found = 0;
      for (const q of queries) {
        const grams = bigrams(q);
        const scores = lastGrams.map((g) => dice(grams, g));
        const best = Math.max(...scores);
        const expected = best >= threshold ? best : undefined;
        expect(index.match(q)?.similarity).toBe(expected);
        if (expected !== undefined) found++;
      }
      // The test means something: many queries are above the threshold, many below.
      expect(found).toBeGreaterThan(200);
      expect(found).toBeLessThan(queries.length - 50);
    }
  });

  it('grows linearly with the number of paragraphs, though every one shares common bigrams with every other', () => {
    const random = generator(11);
    // Every paragraph carries the same stock phrase (政府信息公开工作…) and words of a real vocabulary.
    const build = (n: number) => {
      const last = Array.from({ length: n }, () => HAN.slice(0, 30) + paragraph(random, 90, WIDE));
      return { last, now: last.map((p) => mutate(random, p, 0.03)) };
    };
    const small = build(100);
    const large = build(800);
    const run = ({ last, now }: { last: string[]; now: string[] }) => () => {
      const index = new ParagraphIndex(last, 0.9);
      for (const p of now) index.match(p);
    };
    // Eight times the paragraphs: linear is ~8× (plus a log factor); measuring every pair was 64×.
    expect(timeRatio(run(small), run(large))).toBeLessThan(24);
  });
});
