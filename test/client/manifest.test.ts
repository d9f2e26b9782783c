import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../client/src/commands/ids';

/**
 * The extension manifest against the files it points to and the strings it localises:
 * a missing translation or a renamed command shows up here, not in front of a user.
 */

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  main: string;
  icon: string;
  activationEvents: string[];
  l10n: string;
  contributes: Record<string, unknown> & {
    languages: { id: string; extensions: string[]; filenamePatterns: string[]; configuration: string; icon: { light: string; dark: string } }[];
    grammars: { language: string; path: string; scopeName: string }[];
    commands: { command: string; title: string }[];
    walkthroughs: { steps: { media: { markdown: string } }[] }[];
  };
};
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsZh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;

/** Every %key% placeholder outside `contributes.configuration` (generated from the settings schema by its own script). */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.push(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) placeholders(v, out);
  return out;
}

describe('package.json contributions', () => {
  it('declares the govreport language with the file associations of source-format.md', () => {
    const [language] = manifest.contributes.languages;
    expect(language.id).toBe('govreport');
    expect(language.extensions).toEqual(['.govreport.md']);
    expect(language.filenamePatterns).toEqual(['*政府信息公开*年度报告*.md']);
    for (const file of [language.configuration, language.icon.light, language.icon.dark, manifest.icon]) expect(existsSync(path.join(root, file))).toBe(true);
  });

  it('activates only for the language, for workspaces that hold reports, and to restore a preview', () => {
    expect(manifest.activationEvents).toContain('onLanguage:govreport');
    expect(manifest.activationEvents).toContain('workspaceContains:**/*.govreport.md');
    expect(manifest.activationEvents).toContain('onWebviewPanel:govreport.preview');
    expect(manifest.activationEvents.every((e) => e === 'onLanguage:govreport' || e === 'onWebviewPanel:govreport.preview' || e.startsWith('workspaceContains:'))).toBe(true);
  });

  it('the grammar file exists and is the one contributed', () => {
    const [grammar] = manifest.contributes.grammars;
    const file = JSON.parse(read(grammar.path)) as { scopeName: string };
    expect(file.scopeName).toBe(grammar.scopeName);
  });

  it('contributes exactly the commands the extension registers', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).filter((c) => Object.values(COMMANDS).includes(c as never));
    expect(contributed.sort()).toEqual(Object.values(COMMANDS).sort());
  });

  it('walkthrough media exist', () => {
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) expect(existsSync(path.join(root, step.media.markdown))).toBe(true);
  });

  it('every contributed string is localised in English and Simplified Chinese', () => {
    const { configuration: _generated, ...rest } = manifest.contributes;
    const keys = placeholders(rest);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      expect(nls[key], `package.nls.json: ${key}`).toBeTruthy();
      expect(nlsZh[key], `package.nls.zh-cn.json: ${key}`).toBeTruthy();
    }
  });
});

describe('runtime strings (vscode.l10n.t)', () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  const bundle = JSON.parse(read(path.join(manifest.l10n, 'bundle.l10n.zh-cn.json'))) as Record<string, string>;

  it('every message has a Chinese translation with the same placeholders', () => {
    const messages = sources('client/src').flatMap((f) => [...read(f).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      expect(bundle[message], `l10n/bundle.l10n.zh-cn.json lacks: ${message}`).toBeTruthy();
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(holes(bundle[message])).toEqual(holes(message));
    }
  });
});
