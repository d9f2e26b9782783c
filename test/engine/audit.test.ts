import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AuditTally,
  auditCsv,
  auditFacts,
  checkModel,
  describeChain,
  describePublication,
  parseReport,
  publicationDeadline,
  publicationOf,
  type AuditFacts,
  type LastYear,
} from '../../server/src/engine';
import { BASE, replaceOnce } from '../rules/base';
import { ROOT } from '../helpers';

/** What one checked report tells an audit, the tallies over many, and the CSV export. */

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const pair2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const pair2024 = readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');

function factsOf(text: string, lastYear: LastYear = { kind: 'none' }, previousText?: string): AuditFacts {
  const model = parseReport(text);
  const previous = previousText === undefined ? undefined : parseReport(previousText);
  const diagnostics = checkModel(model, { previous, previousUnreadable: lastYear.kind === 'unreadable' ? lastYear.reason : undefined });
  return auditFacts(model, diagnostics, lastYear);
}

describe('publication against 第四十九条', () => {
  it('gives departments 31 January and governments 31 March of the year after; townships and other bodies none', () => {
    expect(publicationDeadline(2024, 'department', '孝义市教育局')).toEqual({ year: 2025, month: 1, day: 31 });
    expect(publicationDeadline(2024, 'government', '孝义市人民政府')).toEqual({ year: 2025, month: 3, day: 31 });
    expect(publicationDeadline(2024, 'government', '兑镇镇人民政府')).toBeUndefined();
    expect(publicationDeadline(2024, 'other', '某某开发区管委会')).toBeUndefined();
  });

  it('says on time, late, too early, not published, no deadline, or undetermined', () => {
    const facts = { year: 2024, agencyKind: 'government' as const, agency: '孝义市人民政府' };
    expect(publicationOf({ ...facts, published: { year: 2025, month: 3, day: 31 } }).status).toBe('on-time');
    expect(publicationOf({ ...facts, published: { year: 2025, month: 4, day: 1 } })).toEqual({
      status: 'late',
      published: { year: 2025, month: 4, day: 1 },
      deadline: { year: 2025, month: 3, day: 31 },
    });
    expect(publicationOf({ ...facts, published: { year: 2024, month: 12, day: 31 } }).status).toBe('early');
    expect(publicationOf(facts)).toEqual({ status: 'not-published', deadline: { year: 2025, month: 3, day: 31 } });
    expect(publicationOf({ ...facts, agency: '兑镇镇人民政府', published: { year: 2025, month: 6, day: 1 } }).status).toBe('no-deadline');
    expect(publicationOf({ ...facts, agencyKind: undefined, published: { year: 2025, month: 6, day: 1 } }).status).toBe('unknown');
    expect(publicationOf({ ...facts, year: undefined, published: { year: 2025, month: 6, day: 1 } }).status).toBe('unknown');
  });

  it('is read from the report, with where the date is written', () => {
    const late = factsOf(replaceOnce(BASE, 'published: 2025-01-24', 'published: 2025-04-02'));
    expect(late.publication.status).toBe('late');
    expect(late.publishedRange).toEqual({ start: { line: 4, character: 11 }, end: { line: 4, character: 21 } });
    expect(describePublication(late.publication, 'zh')).toBe('2025年4月2日 公布，逾期（期限 2025年3月31日，条例第四十九条）');
    expect(describePublication(late.publication, 'en')).toBe('published 2025-04-02, late (deadline 2025-03-31, Art. 49)');
    expect(factsOf(BASE).publication.status).toBe('on-time');
  });
});

describe('the carry-over chain', () => {
  it('is linked when last year’s report was found and its 结转 carries over', () => {
    // 2023 carried 3 applications (自然人) into 2024: a 2024 report that says so is linked.
    const carried = '| 二、上年结转政府信息公开申请数量                                         |      3 |        0 |        0 |            0 |            0 |    0 |    3 |';
    const facts = factsOf(pair2024.replace(/^\| 二、上年结转.*$/m, carried), { kind: 'found' }, pair2023);
    expect(facts.rules['carry-over-mismatch']).toBeUndefined();
    expect(facts.chain).toEqual({ status: 'linked' });
  });

  it('is broken when the figures do not carry over, saying in how many places', () => {
    const facts = factsOf(pair2024, { kind: 'found' }, pair2023);
    expect(facts.rules['carry-over-mismatch']).toBe(1);
    expect(facts.chain).toEqual({
      status: 'broken',
      reason: { zh: '“二、上年结转”与上一年度报告的“四、结转下年度继续办理”不相等（1 处）', en: "二 (carried over) differs from last year's 四 (carried into next year) (1 place)" },
    });
    expect(describeChain(facts.chain, 'zh')).toBe('与上年报告衔接中断：“二、上年结转”与上一年度报告的“四、结转下年度继续办理”不相等（1 处）');
  });

  it('is broken when the report named by previous: cannot be read, and missing when none is known', () => {
    const reason = { zh: '2023.md：文件或目录不存在', en: '2023.md: no such file or directory' };
    expect(factsOf(BASE, { kind: 'unreadable', reason }).chain).toEqual({ status: 'broken', reason });
    expect(factsOf(BASE).chain).toEqual({ status: 'missing' });
    expect(describeChain({ status: 'linked' }, 'en', '2023.md')).toBe("linked to last year's report: 2023.md");
  });
});

describe('tallies and the CSV export', () => {
  const reports = [
    { path: 'a/2024.md', facts: factsOf(pair2024, { kind: 'found' }, pair2023) },
    { path: 'a/2023.md', facts: factsOf(pair2023) },
    { path: '=cmd|calc.md', facts: factsOf('# 无题\n\n正文\n') },
  ];

  it('counts per rule (most first) and per body (most errors first, the unknown body last)', () => {
    const tally = new AuditTally();
    for (const r of reports) tally.add(r.facts);
    expect(tally.reports).toBe(3);
    expect(tally.rules()[0]).toEqual({ rule: 'section-missing', findings: 6, reports: 1 });
    expect(tally.rules().find((r) => r.rule === 'carry-over-mismatch')).toEqual({ rule: 'carry-over-mismatch', findings: 1, reports: 1 });
    expect(tally.bodies().map((b) => [b.body, b.reports, b.years, b.broken])).toEqual([
      ['孝义市人民政府', 2, [2023, 2024], 1],
      [undefined, 1, [], 0],
    ]);
  });

  it('writes one row per report, a column per rule with findings; quotes what needs quoting and disarms formulas', () => {
    const csv = auditCsv(reports, 'en');
    expect(csv.startsWith('\ufeffbody,year,file,errors,warnings,info,publication,published,deadline,carry-over,section-missing,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    const header = lines[0].split(',');
    const row = (i: number) => Object.fromEntries(lines[i].split(',').map((v, c) => [header[c], v]));
    expect(row(1)).toMatchObject({ body: '孝义市人民政府', year: '2024', file: 'a/2024.md', publication: 'on time', published: '2025-01-24', deadline: '2025-03-31', 'carry-over': 'broken', 'carry-over-mismatch': '1' });
    expect(row(3)).toMatchObject({ body: '(body unknown)', file: "'=cmd|calc.md", publication: 'not published', 'carry-over': 'missing' });
    expect(auditCsv([{ path: 'a,"b".md', facts: reports[1].facts }], 'zh').split('\r\n')[1]).toContain(',"a,""b"".md",');
  });
});
