import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLawModule, LAW_SOURCE, LAW_TARGET } from '../../scripts/gen-law';
import { ARTICLES } from '../../server/src/engine';

describe('the statute text is the legal reference, word for word', () => {
  const reference = readFileSync(LAW_SOURCE, 'utf8');

  it('is generated from the reference (run `npm run docs`)', () => {
    expect(readFileSync(LAW_TARGET, 'utf8')).toBe(generateLawModule(reference));
  });

  it('quotes every paragraph and item exactly as the reference has it', () => {
    expect(ARTICLES.map((a) => a.title)).toContain('第十六条');
    for (const a of ARTICLES) {
      a.paragraphs.forEach((p, i) => {
        expect(reference, `${a.title} 第${i + 1}款`).toContain(i === 0 ? `${a.title} ${p.text}` : p.text);
        for (const item of p.items) expect(reference).toContain(item);
      });
    }
  });

  it('has 第十六条 in two paragraphs and 第二十条 with fifteen items', () => {
    const art16 = ARTICLES.find((a) => a.number === 16)!;
    expect(art16.paragraphs.map((p) => p.text)).toEqual([
      '行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。',
      '行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。法律、法规、规章规定上述信息应当公开的，从其规定。',
    ]);
    expect(ARTICLES.find((a) => a.number === 20)!.paragraphs[0].items).toHaveLength(15);
  });
});
