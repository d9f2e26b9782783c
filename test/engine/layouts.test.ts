import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { diagnosticKeys, T4_ROWS, transcribedCells, type TranscribedFixture } from '../transcription';

/**
 * Issue 7's text layouts, each a fixture in test/fixtures/layouts/ with its true figures and
 * its true faults in a JSON beside it: every figure is read right or not at all (never
 * wrong), every blank cell is read blank, and the diagnostics are exactly the true ones.
 */

const DIR = join(ROOT, 'test/fixtures/layouts');

type Fixture = TranscribedFixture;
const cells = transcribedCells;

const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe('text layouts of real reports', () => {
  it('has a fixture for every layout of the issue', () => {
    expect(names.sort()).toEqual(['broken-header', 'cell-per-line', 'format-notice-page', 'paragraphs', 'pdf-leftovers', 'pipe-lines', 'trailing-pipe']);
  });

  for (const name of names) {
    describe(name, () => {
      const fixture: Fixture = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
      const model = parseReport(readFileSync(join(DIR, `${name}.txt`), 'utf8'));

      it('reads every figure right or not at all, never wrong, and every blank cell blank', () => {
        const wrong = cells(model, fixture.figures).filter((c) => c.got !== 'unreadable' && c.got !== c.want);
        expect(wrong).toEqual([]);
      });

      it('reports exactly the true faults', () => {
        expect(diagnosticKeys(model)).toEqual(fixture.diagnostics);
      });
    });
  }

  it('reads every figure of the layouts that keep their blank cells', () => {
    for (const name of ['trailing-pipe', 'pipe-lines', 'paragraphs', 'broken-header', 'pdf-leftovers']) {
      const fixture: Fixture = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
      const model = parseReport(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
      const all = cells(model, fixture.figures);
      expect(all.filter((c) => c.got === 'unreadable').map((c) => c.where), name).toEqual([]);
      expect(all.length, name).toBeGreaterThan(190);
    }
  });

  it('one cell per line with the blank cells lost: tables 二 and 三 read, table 四 reported once as unplaceable', () => {
    const fixture: Fixture = JSON.parse(readFileSync(join(DIR, 'cell-per-line.json'), 'utf8'));
    const model = parseReport(readFileSync(join(DIR, 'cell-per-line.txt'), 'utf8'));
    const all = cells(model, fixture.figures);
    expect(all.filter((c) => c.got === 'unreadable').map((c) => c.where)).toEqual(Object.keys(T4_ROWS).flatMap((n) => [0, 1, 2, 3, 4].map((i) => `${n}[${i}]`)));
    const [unplaced] = checkModel(model).filter((d) => d.rule === 'row-unknown');
    expect(unplaced.message.zh).toBe('表四所在部分有 10 行数字无法对应到表四的行，未读取；请对照原件核实');
    expect(unplaced.message.en).toBe('10 lines of figures under table 四 could not be placed in table 四 and were not read; check the original');
  });
});
