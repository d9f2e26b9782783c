import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../server/src/engine';
import { ROOT } from '../helpers';

/**
 * rules.md's catalogue, transcribed: id → default severity, category, and whether the
 * catalogue gives the rule a quick fix (undefined: the catalogue does not say).
 */
const CATALOGUE: Record<string, { severity: string; category: string; fix?: boolean }> = {
  'table3-row-total': { severity: 'error', category: 'arithmetic', fix: true },
  'table3-results-total': { severity: 'error', category: 'arithmetic', fix: true },
  'table3-balance': { severity: 'error', category: 'arithmetic', fix: true },
  'table4-total': { severity: 'error', category: 'arithmetic', fix: true },
  'cell-empty': { severity: 'error', category: 'cells', fix: true },
  'cell-not-number': { severity: 'error', category: 'cells', fix: true },
  'cell-negative': { severity: 'error', category: 'cells', fix: false },
  'cell-not-integer': { severity: 'error', category: 'cells', fix: false },
  'cell-number-style': { severity: 'info', category: 'cells', fix: true },
  'section-missing': { severity: 'error', category: 'structure', fix: true },
  'section-order': { severity: 'warning', category: 'structure', fix: false },
  'section-heading': { severity: 'info', category: 'structure', fix: true },
  'table-missing': { severity: 'error', category: 'structure', fix: true },
  'row-missing': { severity: 'error', category: 'structure', fix: true },
  'row-label': { severity: 'warning', category: 'structure', fix: true },
  'row-unknown': { severity: 'warning', category: 'structure', fix: false },
  'row-duplicate': { severity: 'error', category: 'structure', fix: false },
  'column-count': { severity: 'error', category: 'structure', fix: false },
  'table-pasted': { severity: 'info', category: 'structure', fix: true },
  'format-outdated': { severity: 'error', category: 'format', fix: true },
  'format-citation': { severity: 'warning', category: 'format', fix: true },
  'outline-outdated': { severity: 'warning', category: 'format', fix: false },
  'text-table-mismatch': { severity: 'warning', category: 'consistency', fix: true },
  'year-mismatch': { severity: 'warning', category: 'consistency' },
  'period-invalid': { severity: 'warning', category: 'consistency' },
  'publish-date': { severity: 'warning', category: 'consistency' },
  'parts-count': { severity: 'warning', category: 'consistency' },
  'section-empty': { severity: 'warning', category: 'consistency' },
  'fee-not-reported': { severity: 'warning', category: 'consistency' },
  'government-evaluation': { severity: 'warning', category: 'consistency' },
  'rule-making-power': { severity: 'info', category: 'consistency' },
  'carry-over-mismatch': { severity: 'warning', category: 'consistency' },
  'stock-mismatch': { severity: 'info', category: 'consistency' },
  'copied-text': { severity: 'info', category: 'consistency' },
};

/** Rules the project adds to the catalogue (rules.md: "the project may add rules"). */
const ADDED = ['cell-too-many-digits', 'cell-unreadable', 'front-matter', 'page-leftover', 'previous-unreadable', 'text-percentage-mismatch'];

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const hasLatin = (s: string) => /[A-Za-z]{3}/.test(s);

describe('the rule registry', () => {
  it('holds every rule of the catalogue', () => {
    expect(Object.keys(CATALOGUE)).toHaveLength(34);
    const missing = Object.keys(CATALOGUE).filter((id) => !RULES_BY_ID.has(id));
    expect(missing).toEqual([]);
  });

  it('holds nothing else but the project’s declared additions, each once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !(id in CATALOGUE)).sort()).toEqual(ADDED);
  });

  it.each(Object.entries(CATALOGUE))('%s has the catalogue’s default severity and category', (id, spec) => {
    const rule = RULES_BY_ID.get(id)!;
    expect(rule.defaultSeverity).toBe(spec.severity);
    expect(rule.category).toBe(spec.category);
  });

  it.each(Object.entries(CATALOGUE).filter(([, s]) => s.fix !== undefined))('%s declares a fix exactly when the catalogue gives one', (id, spec) => {
    expect(RULES_BY_ID.get(id)!.fix !== undefined).toBe(spec.fix);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented in both languages', (id, rule) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const text of [rule.description, rule.rationale, ...(rule.fix ? [rule.fix] : [])]) {
      expect(hasHan(text.zh), `${id} zh: ${text.zh}`).toBe(true);
      expect(hasLatin(text.en), `${id} en: ${text.en}`).toBe(true);
      expect(text.zh).not.toBe(text.en);
    }
    expect(rule.rationale.zh.length).toBeGreaterThan(rule.description.zh.length / 2);
  });

  it('has one test file per rule in test/rules', () => {
    const files = new Set(readdirSync(join(ROOT, 'test/rules')));
    expect(RULES.map((r) => r.id).filter((id) => !files.has(`${id}.test.ts`))).toEqual([]);
  });
});
