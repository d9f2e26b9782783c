import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { CLEAN, CLI, ensureBuilt, FIXTURES, tempDir } from './run';

/**
 * Every run of `govreport` reads and compiles the whole of dist/cli.js before it does anything,
 * so the bundle holds only what every command needs: the Word writer and markdown-it are bundles
 * of their own that `export` and `render` load, and of zod's messages only the English ones it
 * uses are there.
 */

/** Marks of each library: the Word XML namespace the docx library writes, an error of markdown-it's, a message of zod's Italian locale. */
const DOCX = 'wordprocessingml/2006/main';
const MARKDOWN_IT = 'Wrong `markdown-it` preset';
const ZOD_ITALIAN = 'Input non valido';

beforeAll(ensureBuilt);

describe('the CLI bundle', () => {
  it('carries neither the Word writer, markdown-it nor zod’s messages in other languages', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.includes(DOCX)).toBe(false);
    expect(text.includes(MARKDOWN_IT)).toBe(false);
    expect(text.includes(ZOD_ITALIAN)).toBe(false);
    expect(text.includes('require("./docx.js")')).toBe(true);
    expect(text.includes('require("./markdown-it.js")')).toBe(true);
    expect(readFileSync(join(ROOT, 'dist/docx.js'), 'utf8').includes(DOCX)).toBe(true);
    expect(readFileSync(join(ROOT, 'dist/markdown-it.js'), 'utf8').includes(MARKDOWN_IT)).toBe(true);
  });

  it('loads the Word writer and markdown-it only for the commands that use them', () => {
    const out = tempDir();
    try {
      expect(loadedBy(['check', CLEAN])).toEqual(['cli.js']);
      expect(loadedBy(['render', CLEAN])).toEqual(['cli.js', 'markdown-it.js']);
      expect(loadedBy(['export', '--force', CLEAN, '--docx', join(out.path, 'report.docx')]).sort()).toEqual(['cli.js', 'docx.js', 'markdown-it.js']);
    } finally {
      out.remove();
    }
  });
});

/** The files a run of the CLI loaded, as Node's module cache lists them when it exits. */
function loadedBy(args: readonly string[]): string[] {
  const script = `process.argv.splice(1, 0, ${JSON.stringify(CLI)}); require(process.argv[1]); process.on('exit', () => process.stderr.write('\\nLOADED ' + Object.keys(require.cache).map((f) => f.split(/[\\\\/]/).pop()).join(',') + '\\n'));`;
  const r = spawnSync(process.execPath, ['-e', script, ...args], { cwd: FIXTURES, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no module list: ${r.stderr}`);
  return line.slice('LOADED '.length).split(',');
}
