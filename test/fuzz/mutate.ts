import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, ROOT } from '../helpers';
import { PAYLOADS } from '../render/hostile';

/**
 * Real reports damaged the ways drafts get damaged — text deleted, pasted twice, lines swapped,
 * figures retyped (full-width, huge, negative, decimal), noise and markup inserted, line endings
 * changed — as a list of edits at relative positions, so fast-check shrinks a failing case to the
 * fewest, smallest edits of the smallest seed.
 */

export const EXAMPLE = readFileSync(join(ROOT, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');
export const CORPUS_TEXTS: readonly [string, string][] = readdirSync(CORPUS)
  .filter((f) => f !== 'README.md' && !f.endsWith('.json'))
  .sort()
  .map((f) => [f, readFileSync(join(CORPUS, f), 'utf8')]);

/** Fragments a hostile or careless draft contains. */
export const NOISE = [
  '|', '||', '\t', '\t\t', ' ', '\u3000', '\r', '\n', '\r\n', '\ufeff', '\u0000', '\u001b', '\ud800', '\udfff', '—', '？', '?', '/', '**', '<!--', '-->',
  '<!-- govreport-disable -->', '<!-- govreport-disable-next-line table4-total -->', '---', '```', '#', '###### ', '（', '）', '７０', '1,234', '-3', '0.5', '件', '一、', '（七）总计',
  '总计', '| --- | ---: |', '9007199254740993', '123456789012345678901234567890', '1e21', '2024 年 12 月 31 日', '受理政府信息公开申请 7 件', '其中不予公开占12.5%', '暂无问题。',
  '二、主动公开政府政府情况', 'constructor: x', '__proto__: 1', 'year: 99999', ...PAYLOADS,
];

export type Edit =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly kind: 'figure'; readonly at: number; readonly text: string }
  | { readonly kind: 'eol'; readonly eol: string };

const at = () => fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const figureText = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.constantFrom('０', '１２', '1,234', '-1', '2.5', '', ' ', '/', '无', '—', '3件', '?', '**7**', '007', '9007199254740993', '99999999999999999999', '1e21', '0x10', 'NaN', 'Infinity'),
);

export const edit = (): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: at(), length: fc.nat({ max: 400 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: at(), text: fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...NOISE), { maxLength: 6 }).map((xs) => xs.join(''))) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: at(), length: fc.nat({ max: 3000 }) }),
    fc.record({ kind: fc.constant('swap-lines' as const), a: at(), b: at() }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('figure' as const), at: at(), text: figureText }) },
    fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom('\r\n', '\r', '\n') }),
  );

export function applyEdit(text: string, e: Edit): string {
  switch (e.kind) {
    case 'delete': {
      const a = Math.floor(e.at * text.length);
      return text.slice(0, a) + text.slice(a + e.length);
    }
    case 'insert': {
      const a = Math.floor(e.at * (text.length + 1));
      return text.slice(0, a) + e.text + text.slice(a);
    }
    case 'duplicate': {
      const a = Math.floor(e.at * text.length);
      return text.slice(0, a + e.length) + text.slice(a, a + e.length) + text.slice(a + e.length);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const i = Math.floor(e.a * lines.length);
      const j = Math.floor(e.b * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'figure': {
      // The figure run at or after the position (a number written in the text) is retyped.
      const runs = [...text.matchAll(/\d+(?:\.\d+)?/g)];
      if (runs.length === 0) return text;
      const m = runs[Math.floor(e.at * runs.length)];
      return text.slice(0, m.index!) + e.text + text.slice(m.index! + m[0].length);
    }
    case 'eol':
      return text.replace(/\r\n|\r|\n/g, e.eol);
  }
}

export const applyEdits = (text: string, edits: readonly Edit[]) => edits.reduce(applyEdit, text);

/** The seed texts by name: the canonical example and the real reports as they were extracted. */
export const SEEDS: ReadonlyMap<string, string> = new Map([['example', EXAMPLE], ...CORPUS_TEXTS]);

export interface Damaged {
  readonly seed: string;
  readonly edits: readonly Edit[];
}

/** A damaged report: which seed and the edits made to it (the shrunk case names them, not the whole text). */
export const damagedReport = (): fc.Arbitrary<Damaged> => fc.record({ seed: fc.constantFrom(...SEEDS.keys()), edits: fc.array(edit(), { minLength: 1, maxLength: 8 }) });

export const damagedText = (d: Damaged): string => applyEdits(SEEDS.get(d.seed)!, d.edits);
