import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine's floors: a module imports only from its own folder and the floors below it, so
 * the analysis the rules use sits under the rules, and the runner over them. A new folder has to
 * be given its floor here.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['text', 'law'],
  ['format'],
  ['model'],
  ['domain'],
  ['parse'],
  ['canonical'],
  ['analysis'],
  ['rules'],
  ['check'],
  ['fix'],
  ['convert'],
  ['language', 'render', 'template', 'yearly', 'audit'],
  ['index'],
];

const ENGINE = path.resolve(__dirname, '../../server/src/engine');
const floorOf = new Map(FLOORS.flatMap((names, level) => names.map((n) => [n, level] as const)));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The top folder (or top file, without .ts) of an engine path. */
const topOf = (file: string) => path.relative(ENGINE, file).split(path.sep)[0].replace(/\.ts$/, '');

describe('engine layers', () => {
  const edges = files(ENGINE).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => ({ file, from: topOf(file), to: topOf(path.resolve(path.dirname(file), m[1])) })),
  );

  it('gives every folder a floor', () => {
    const unknown = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((t) => !floorOf.has(t));
    expect(unknown).toEqual([]);
  });

  it('never imports from a floor above', () => {
    const upward = edges
      .filter((e) => e.from !== e.to && floorOf.get(e.to)! > floorOf.get(e.from)!)
      .map((e) => `${path.relative(ENGINE, e.file)} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('stays pure: no Node, VS Code or LSP modules', () => {
    const impure = files(ENGINE).filter((file) => /from '(node:|fs'|path'|vscode|vscode-languageserver)/.test(readFileSync(file, 'utf8')));
    expect(impure.map((f) => path.relative(ENGINE, f))).toEqual([]);
  });
});
