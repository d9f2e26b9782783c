import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { diagnosticKeys, transcribedCells, type TranscribedFixture } from '../transcription';

/**
 * Issue 7's text layouts on real pages: each fixture in test/fixtures/pages/ is a published
 * report's page text as stored by the search tool's `pages` corpus, verbatim (its URL and how it
 * was retrieved in the JSON beside it), with its true figures transcribed by hand from the page
 * and its true faults. Every figure is read right or not at all (never wrong), and the
 * diagnostics are exactly the true ones: a fault of the page itself is reported, nothing else.
 */

const DIR = join(ROOT, 'test/fixtures/pages');

interface PageFixture extends TranscribedFixture {
  readonly url: string;
  readonly source: string;
  readonly truncated?: string;
  /** The transcribed figures the reader rightly cannot place (read as `?` after conversion), with why in `notes`. */
  readonly unread?: readonly string[];
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe('real report pages in the text layouts of issue 7', () => {
  it('covers every text layout of the issue with a real page', () => {
    const layouts = names.map((n) => (JSON.parse(readFileSync(join(DIR, `${n}.json`), 'utf8')) as PageFixture).layout).join('\n');
    expect(layouts).toMatch(/^one cell per line \(no blank lines\)/m);
    expect(layouts).toMatch(/^one cell per line with a trailing pipe/m);
    expect(layouts).toMatch(/^cells separated by lines holding only `\|`/m);
    expect(layouts).toMatch(/^one cell per paragraph/m);
    expect(layouts).toMatch(/header .*broken over/);
    expect(layouts).toMatch(/^pdftotext text/m);
  });

  for (const name of names) {
    describe(name, () => {
      const fixture: PageFixture = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
      const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
      const model = parseReport(text);

      it('is a real page, verbatim', () => {
        expect(fixture.url).toMatch(/^https?:\/\/\S+$/);
        expect(fixture.source).toMatch(/verbatim/);
      });

      it('reads every figure right or not at all, never wrong, and every blank cell blank', () => {
        const all = transcribedCells(model, fixture.figures);
        expect(all.length).toBeGreaterThan(0);
        expect(all.filter((c) => c.got !== 'unreadable' && c.got !== c.want)).toEqual([]);
        expect(all.filter((c) => c.got === 'unreadable').map((c) => c.where)).toEqual(fixture.unread ?? []);
      });

      it('reports exactly the true faults', () => {
        expect(diagnosticKeys(model)).toEqual(fixture.diagnostics);
      });
    });
  }
});
