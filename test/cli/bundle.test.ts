import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { CLEAN, CLI, ensureBuilt, FAULTS, FIXTURES, govreport, tempDir } from './run';

/**
 * Every run of `govreport` loads the whole CLI bundle (dist/cli-main.js, run by the loader
 * dist/cli.js) before it does anything, so the bundle holds only what every command needs: the
 * Word writer and markdown-it are bundles of their own that `export` and `render` load, and of
 * zod's messages only the English ones it uses are there. It starts from V8's code cache made
 * at build time, and without a usable one it compiles as usual.
 */

/** Marks of each library: the Word XML namespace the docx library writes, an error of markdown-it's, a message of zod's Italian locale. */
const DOCX = 'wordprocessingml/2006/main';
const MARKDOWN_IT = 'Wrong `markdown-it` preset';
const ZOD_ITALIAN = 'Input non valido';

beforeAll(ensureBuilt);

describe('the CLI bundle', () => {
  it('carries neither the Word writer, markdown-it nor zod’s messages in other languages', () => {
    const text = readFileSync(join(ROOT, 'dist/cli-main.js'), 'utf8');
    expect(text.includes(DOCX)).toBe(false);
    expect(text.includes(MARKDOWN_IT)).toBe(false);
    expect(text.includes(ZOD_ITALIAN)).toBe(false);
    expect(text.includes('require("./docx.js")')).toBe(true);
    expect(text.includes('require("./markdown-it.js")')).toBe(true);
    // Run as a script compiled from the code cache, the bundle has no module loader: an import()
    // would fail at run time (the importers are required instead).
    expect(text.match(/[^\w.]import\(["']/g)).toBeNull();
    expect(text.includes('require("./importer.js")')).toBe(true);
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

describe('the code cache', () => {
  it('is made by the build, and a run starts from it', () => {
    expect(statSync(join(ROOT, 'dist/cli-main.js.cache')).size).toBeGreaterThan(100_000);
    const r = govreport(['check', CLEAN], { env: { GOVREPORT_CODE_CACHE_REPORT: '1' } });
    expect(r.stderr.split('\n')[0]).toBe('code cache: used');
    expect(r.status).toBe(0);
  });

  it('a cache V8 cannot use, or none, changes nothing but the start: the same output, the same status', () => {
    const copy = tempDir();
    try {
      for (const f of ['cli.js', 'cli-main.js', 'markdown-it.js']) copyFileSync(join(ROOT, 'dist', f), join(copy.path, f));
      const run = (args: readonly string[]) => spawnSync(process.execPath, [join(copy.path, 'cli.js'), ...args], { cwd: FIXTURES, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', GOVREPORT_CODE_CACHE_REPORT: '1' } });
      const expected = govreport(['check', FAULTS]);
      expect(expected.status).toBe(1);
      const without = run(['check', FAULTS]);
      expect([without.status, without.stdout, without.stderr]).toEqual([1, expected.stdout, `code cache: none\n${expected.stderr}`]);
      writeFileSync(join(copy.path, 'cli-main.js.cache'), Buffer.from('not a code cache, but the bytes of something else entirely'));
      const damaged = run(['check', FAULTS]);
      expect([damaged.status, damaged.stdout, damaged.stderr]).toEqual([1, expected.stdout, `code cache: rejected\n${expected.stderr}`]);
    } finally {
      copy.remove();
    }
  });

  it('the CLI tunes V8\'s optimiser; with V8\'s defaults (GOVREPORT_V8_FLAGS empty) the output is the same, and the cache, made under the tuned flags, is rejected', () => {
    const tuned = govreport(['check', '--format', 'json', FAULTS], { env: { GOVREPORT_CODE_CACHE_REPORT: '1' } });
    const defaults = govreport(['check', '--format', 'json', FAULTS], { env: { GOVREPORT_CODE_CACHE_REPORT: '1', GOVREPORT_V8_FLAGS: '' } });
    expect(tuned.stderr.split('\n')[0]).toBe('code cache: used');
    expect(defaults.stderr.split('\n')[0]).toBe('code cache: rejected');
    expect([defaults.status, defaults.stdout]).toEqual([tuned.status, tuned.stdout]);
    expect(JSON.parse(tuned.stdout).files.length).toBeGreaterThan(0);
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
