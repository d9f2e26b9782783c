import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

/**
 * The guard of issue 9, item 14: a vitest run with a skipped or todo test fails, naming each one.
 * Runs vitest on a throwaway project inside test-output/ (so that `vitest` resolves from the
 * repository's node_modules) whose config uses the same reporter as vitest.config.ts.
 */

const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
let project: string;

function runVitest(files: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(join(project, 'run-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const reporter = JSON.stringify(join(ROOT, 'test/tools/no-skips-reporter.ts'));
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    `export default { test: { include: ['*.test.ts'], reporters: ['default', ${reporter}] } };\n`,
  );
  const result = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const passing = `import { it, expect } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\n`;

beforeAll(() => {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  project = mkdtempSync(join(ROOT, 'test-output', 'no-skips-'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a run with a skipped test fails', () => {
  it('passes when every test ran', () => {
    const run = runVitest({ 'a.test.ts': passing });
    expect(run.output).toContain('no-skips: all 1 tests ran, none skipped');
    expect(run.status).toBe(0);
  });

  it('fails on it.skip, skipIf, todo and a skipped describe, naming each', () => {
    const run = runVitest({
      'a.test.ts': passing,
      'b.test.ts': [
        `import { describe, it } from 'vitest';`,
        `it.skip('left out', () => {});`,
        `it.skipIf(true)('left out if', () => {});`,
        `it.todo('not written');`,
        `describe.skip('a tier', () => { it('inside', () => {}); });`,
      ].join('\n'),
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('no-skips: 4 of 5 tests did not run');
    expect(run.output).toContain('skipped: b.test.ts > left out\n');
    expect(run.output).toContain('skipped: b.test.ts > left out if\n');
    expect(run.output).toContain('todo: b.test.ts > not written\n');
    expect(run.output).toContain('skipped: b.test.ts > a tier > inside\n');
  });

  it('fails when a test skips itself at run time', () => {
    const run = runVitest({ 'a.test.ts': `import { it } from 'vitest';\nit('checks a tool', (ctx) => ctx.skip('no tool'));\n` });
    expect(run.status).toBe(1);
    expect(run.output).toContain('skipped: a.test.ts > checks a tool');
  });

  it('stays out of a run filtered by name, whose other tests are skipped on purpose', () => {
    const run = runVitest({ 'a.test.ts': `${passing}it('another', () => {});\n` }, '-t', 'adds');
    expect(run.output).not.toContain('no-skips:');
    expect(run.status).toBe(0);
  });
});
