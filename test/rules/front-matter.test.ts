import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/engine';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('front-matter', () => {
  it('flags an invalid value on the value, and ignores it (the year is then read from the title)', () => {
    const text = replaceOnce(BASE, 'year: 2024', 'year: 二〇二四');
    const d = single(text);
    expect(d.rule).toBe('front-matter');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('4:7-4:11');
    expect(covered(text, d)).toBe('二〇二四');
    expect(d.message.zh).toBe('前置元数据“year”的值无效：报告年度，如 2024。');
    expect(d.message.en).toBe('Invalid value for front matter “year”: The reporting year, e.g. 2024.');
    expect(d.fixes).toEqual([]);
  });

  it('flags an unknown key on its line', () => {
    const text = replaceOnce(BASE, 'year: 2024\n', 'year: 2024\nauthor: 办公室\n');
    const d = single(text);
    expect(covered(text, d)).toBe('author: 办公室');
    expect(d.message.zh).toBe('未知的前置元数据键“author”（可用：agency、agencyKind、year、published、previous）。');
  });

  it('treats keys named like Object.prototype members (constructor, __proto__, …) as unknown keys, never as schema entries', () => {
    const keys = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
    const text = replaceOnce(BASE, 'year: 2024\n', `year: 2024\n${keys.map((k) => `${k}: 1`).join('\n')}\n`);
    const found = check(text).filter((d) => d.rule === 'front-matter');
    expect(found.map((d) => covered(text, d))).toEqual(keys.map((k) => `${k}: 1`));
    expect(found.map((d) => d.message.en)).toEqual(keys.map((k) => `Unknown front matter key “${k}” (known: agency, agencyKind, year, published, previous).`));
    // The key maps hold these as plain keys: no inherited property, no prototype replaced.
    const fm = parseReport(text).frontMatter!;
    expect(Object.keys(fm.keySpans)).toEqual(['agency', 'agencyKind', 'year', ...keys, 'published']);
    expect(fm.keySpans.toString).toBeDefined();
    expect(parseReport(replaceOnce(BASE, 'year: 2024\n', 'year: 2024\nvalueOf: 1\n')).meta.year?.value).toBe(2024);
  });

  it('flags a date that is not in the calendar', () => {
    const d = single(replaceOnce(BASE, 'published: 2025-01-24', 'published: 2025-02-30'));
    expect(d.message.en).toBe('Invalid value for front matter “published”: Publication (signature) date, YYYY-MM-DD.');
  });

  it('flags a YAML syntax error without losing the rest of the document', () => {
    const text = replaceOnce(BASE, 'year: 2024', 'year: [2024');
    const diagnostics = check(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.rule === 'front-matter' && d.range.start.line >= 1 && d.range.end.line <= 4)).toBe(true);
  });

  it('does not flag a quoted year', () => {
    expect(check(replaceOnce(BASE, 'year: 2024', 'year: "2024"'))).toEqual([]);
  });
});
