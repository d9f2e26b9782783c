import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { ensureBuilt } from '../cli/run';

/**
 * The importers cost nothing until a file is imported: the CLI and the server bundles hold
 * neither the readers nor pdf.js (they require dist/importer.js at the first import), and the
 * readers' bundle loads pdf.js (dist/pdfjs.js) only for a PDF.
 */

const dist = (file: string) => join(ROOT, 'dist', file);
/** Marks of each library in a bundle: a class of pdf.js's own, parse5's parser option. */
const PDFJS = 'FontFaceObject';
const PARSE5 = 'sourceCodeLocationInfo';

beforeAll(ensureBuilt);

describe('bundles', () => {
  it('the CLI and the language server do not carry the importers', () => {
    for (const bundle of ['cli-main.js', 'server.js']) {
      const text = readFileSync(dist(bundle), 'utf8');
      expect(text.includes(PDFJS), bundle).toBe(false);
      expect(text.includes(PARSE5), bundle).toBe(false);
      expect(text.includes('"./importer.js"'), bundle).toBe(true);
    }
  });

  it('the readers load pdf.js only for a PDF', () => {
    const readers = readFileSync(dist('importer.js'), 'utf8');
    expect(readers.includes(PDFJS)).toBe(false);
    expect(readers.includes(PARSE5)).toBe(true);
    expect(readFileSync(dist('pdfjs.js'), 'utf8').includes(PDFJS)).toBe(true);
    expect(statSync(dist('importer.js')).size).toBeLessThan(statSync(dist('pdfjs.js')).size / 4);
    const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(dist('importer.js'))}); console.log(Object.keys(require.cache).map((f) => f.split(/[\\\\/]/).pop()).join(','))`], { encoding: 'utf8' });
    expect(loaded.trim()).toBe('importer.js');
  });
});
