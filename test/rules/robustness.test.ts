import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkModel, fixAll, parseReport, type Diagnostic } from '../../server/src/engine';
import { CORPUS, corpus } from '../helpers';
import { checkDiagnostics, Lines } from '../fuzz/entry-points';
import { NOISE } from '../fuzz/mutate';
import { BASE, deleteLines, lineOf, replaceOnce, setCell } from './base';

/** mulberry32: a small seeded generator, so every run sees the same inputs. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

/** Whatever the input: no throw, no rule failing internally, every span and range inside the text and consistent. */
function checkSane(text: string): Diagnostic[] {
  const diagnostics = checkModel(parseReport(text));
  checkDiagnostics(new Lines(text), diagnostics);
  for (const d of diagnostics) for (const fix of d.fixes) expect(() => applyEdits(text, fix.edits)).not.toThrow();
  return diagnostics;
}

const SOURCES = [BASE, ...readdirSync(CORPUS).filter((f) => f !== 'README.md' && !f.endsWith('.json')).map(corpus)];
const LINES = SOURCES.flatMap((s) => s.split(/\r\n|\r|\n/));

export function randomDocument(seed: number): string {
  const g = generator(seed);
  const parts: string[] = [];
  const n = 1 + g.int(60);
  for (let i = 0; i < n; i++) {
    const roll = g.next();
    if (roll < 0.55) parts.push(g.pick(LINES));
    else if (roll < 0.75) {
      const line = g.pick(LINES);
      const a = g.int(line.length + 1);
      parts.push(line.slice(a, a + g.int(40)));
    } else if (roll < 0.95) parts.push(Array.from({ length: 1 + g.int(6) }, () => g.pick(NOISE)).join(''));
    else {
      const source = g.pick(SOURCES);
      const a = g.int(source.length);
      parts.push(source.slice(a, a + g.int(3000)));
    }
  }
  const eol = g.pick(['\n', '\n', '\r\n', '\r']);
  return (g.next() < 0.1 ? '\ufeff' : '') + parts.join(g.next() < 0.8 ? eol : '');
}

describe('parse and check never throw', () => {
  const edge: [string, string][] = [
    ['the empty string', ''],
    ['only front matter', '---\nagency: 孝义市人民政府\nyear: 2024\n---\n'],
    ['an unterminated front matter', '---\nyear: 2024\nagency: ['],
    ['front matter of another type', '---\n- 1\n- 2\n---\n'],
    ['binary-ish control characters', Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 32)).join('')],
    ['lone surrogates', '\ud800\udc00\ud800 | 1 | \udfff\n'.repeat(50)],
    ['10k pipes on one line', '|'.repeat(10_000)],
    ['10k lines of a pipe', '|\n'.repeat(10_000)],
    ['a table with 1,000 columns', `## 三、收到和处理政府信息公开申请情况\n\n| 申请人情况 |${' 自然人 |'.repeat(1000)}\n|${' --- |'.repeat(1001)}\n| 一、本年新收政府信息公开申请数量 |${' 1 |'.repeat(1000)}\n`],
    ['deeply nested headings', Array.from({ length: 3000 }, (_, i) => `${'#'.repeat(1 + (i % 6))} ${['一、总体情况', '二、主动公开政府信息情况', '（一）', '1.'][i % 4]} ${i}`).join('\n')],
    ['the example as one huge line', BASE.replace(/\n/g, ' ').repeat(10)],
    ['the example fifty times', BASE.repeat(50)],
    ['only table rows', BASE.split('\n').filter((l) => l.startsWith('|')).join('\n')],
    ['only headings', BASE.split('\n').filter((l) => l.startsWith('#')).join('\n')],
    ['a BOM and nothing else', '\ufeff'],
    ['a fence never closed', '```\n' + BASE],
    ['a comment never closed', '<!--\n' + BASE],
  ];
  it.each(edge)('%s', (_, text) => {
    checkSane(text);
  });

  it.each(Array.from({ length: 8 }, (_, k) => k))('40 seeded documents mixing fragments of real reports (batch %i)', (batch) => {
    for (let seed = batch * 40; seed < (batch + 1) * 40; seed++) checkSane(randomDocument(seed));
  });

  it.each([0, 1, 2])('fix-all on seeded documents never throws and reaches a fixed point (batch %i)', (batch) => {
    for (let seed = 10_000 + batch * 25; seed < 10_000 + (batch + 1) * 25; seed++) {
      const text = randomDocument(seed);
      const once = fixAll(text);
      checkSane(once.text);
      expect(fixAll(once.text).text, `seed ${seed}`).toBe(once.text);
    }
  });
});

/** Documents with one fault each, and what the fault's range covers. */
const FAULTS: [string, string][] = [
  ['table4-total', setCell(BASE, '行政诉讼（未经复议直接起诉）', 5, '13')],
  ['cell-empty', setCell(BASE, '行政复议', 1, '')],
  ['text-table-mismatch', replaceOnce(BASE, '出台行政规范性文件 10 件', '出台行政规范性文件 8 件')],
  ['row-missing', deleteLines(BASE, lineOf(BASE, '| 2.其他法律行政法规禁止公开'))],
  ['section-missing', deleteLines(BASE, lineOf(BASE, '## 五、'), lineOf(BASE, '## 六、') - 1)],
  ['year-mismatch', replaceOnce(BASE, '# 孝义市2024年', '# 孝义市2023年')],
];

describe('line endings and the byte-order mark', () => {
  const where = (d: Diagnostic) => `${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

  it.each(FAULTS)('%s: the same ranges and covered text with CRLF and CR line endings, and the fix keeps them', (_, lf) => {
    const [expected] = checkModel(parseReport(lf));
    for (const eol of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, eol);
      const diagnostics = checkSane(text);
      expect(diagnostics.map(where)).toEqual([where(expected)]);
      const [d] = diagnostics;
      expect(text.slice(d.span.start, d.span.end)).toBe(lf.slice(expected.span.start, expected.span.end));
      const fix = d.fixes.find((f) => f.preferred);
      if (fix) {
        const fixedLf = applyEdits(lf, expected.fixes.find((f) => f.preferred)!.edits).text;
        expect(applyEdits(text, fix.edits).text).toBe(fixedLf.replace(/\n/g, eol));
      }
    }
  });

  it.each(FAULTS)('%s: with a BOM, spans are offsets into the text as given, and fix-all keeps the BOM', (_, plain) => {
    const [expected] = checkModel(parseReport(plain));
    const text = '\ufeff' + plain;
    const diagnostics = checkSane(text);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(text.slice(d.span.start, d.span.end)).toBe(plain.slice(expected.span.start, expected.span.end));
    expect(d.range.start.line).toBe(expected.range.start.line);
    const fixed = fixAll(text).text;
    expect(fixed).toBe('\ufeff' + fixAll(plain).text);
  });

  it('the example with a BOM, CRLF or CR checks clean', () => {
    for (const text of ['\ufeff' + BASE, BASE.replace(/\n/g, '\r\n'), BASE.replace(/\n/g, '\r')]) expect(checkSane(text)).toEqual([]);
  });
});
