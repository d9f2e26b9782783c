import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../client/src/commands/ids';
import { REPORT_GLOBS } from '../../server/src/engine/domain/report-name';

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

  it('activates only for the language, for workspaces that hold reports, and to restore a preview or a comparison', () => {
    expect(manifest.activationEvents).toContain('onLanguage:govreport');
    // The workspaces that hold reports are those the server and client watch (one list, server/src/lsp/report-files.ts).
    expect(manifest.activationEvents.filter((e) => e.startsWith('workspaceContains:'))).toEqual(REPORT_GLOBS.map((glob) => `workspaceContains:${glob}`));
    expect(manifest.activationEvents).toContain('onWebviewPanel:govreport.preview');
    expect(manifest.activationEvents).toContain('onWebviewPanel:govreport.compare');
    const restores = (e: string) => e === 'onWebviewPanel:govreport.preview' || e === 'onWebviewPanel:govreport.compare';
    expect(manifest.activationEvents.every((e) => e === 'onLanguage:govreport' || restores(e) || e.startsWith('workspaceContains:'))).toBe(true);
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

  describe('walkthrough', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps) as { id: string; media: { markdown: string }; completionEvents: string[] }[];
    const locales = [
      { name: 'English', strings: nls },
      { name: 'Chinese', strings: nlsZh },
    ];
    /** What the command palette shows for each contributed command: `category: title`, in the locale. */
    const paletteNames = (strings: Record<string, string>) => manifest.contributes.commands.map((c) => `${'category' in c ? String(c.category) : ''}: ${strings[c.title.slice(1, -1)]}`);

    it('each pane exists in English and in Chinese (the media path is localised)', () => {
      for (const step of steps) {
        const key = /^%(.+)%$/.exec(step.media.markdown)?.[1];
        expect(key, `${step.id}: media path not localised`).toBeDefined();
        expect(nls[key!]).toMatch(/^media\/walkthrough\/en\//);
        expect(nlsZh[key!]).toMatch(/^media\/walkthrough\/zh-cn\//);
        for (const { strings } of locales) expect(existsSync(path.join(root, strings[key!])), strings[key!]).toBe(true);
        // The Chinese pane is Chinese, the English pane English (Chinese only in quoted report terms).
        const han = (file: string) => (read(file).match(/\p{Script=Han}/gu) ?? []).length / read(file).length;
        expect(han(nlsZh[key!])).toBeGreaterThan(0.3);
        expect(han(nls[key!])).toBeLessThan(0.1);
      }
    });

    it('names commands exactly as the palette shows them in that language', () => {
      for (const { name, strings } of locales) {
        const palette = paletteNames(strings);
        let named = 0;
        for (const step of steps) {
          const file = strings[step.media.markdown.slice(1, -1)];
          for (const [, command] of read(file).matchAll(/\*\*(govreport[:：][^*]+)\*\*/g)) {
            expect(palette, `${name} ${file}: “${command}”`).toContain(command);
            named++;
          }
        }
        expect(named, `${name}: commands named in the panes`).toBeGreaterThanOrEqual(10);
        // The step descriptions' buttons carry the palette titles too.
        for (const step of steps) {
          for (const [, label, id] of (strings[`walkthrough.${step.id}.description`] ?? '').matchAll(/\[([^\]]+)\]\(command:(govreport\.[\w]+)\)/g)) {
            const command = manifest.contributes.commands.find((c) => c.command === id);
            expect(label, `${name} walkthrough.${step.id}.description`).toBe(strings[command!.title.slice(1, -1)]);
          }
        }
      }
    });

    it('every step can complete with an event VS Code 1.96 knows, naming commands that exist', () => {
      const known = /^(onCommand|onView|onSettingChanged|onContext|onLink|onEvent|onStepSelected|onExtensionInstalled):?/;
      const commands = new Set(manifest.contributes.commands.map((c) => c.command));
      for (const step of steps) {
        expect(step.completionEvents.length, step.id).toBeGreaterThan(0);
        for (const event of step.completionEvents) {
          expect(event, step.id).toMatch(known);
          if (event.startsWith('onCommand:')) expect(commands.has(event.slice('onCommand:'.length)), event).toBe(true);
        }
      }
    });
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

describe('runtime strings (l10n.t, l10n.plural)', () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  const bundle = JSON.parse(read(path.join(manifest.l10n, 'bundle.l10n.zh-cn.json'))) as Record<string, string>;

  it('every message has a Chinese translation with the same placeholders', () => {
    const quoted = String.raw`'((?:[^'\\]|\\.)*)'`;
    const single = new RegExp(String.raw`l10n\.t\(\s*` + quoted, 'g');
    // l10n.plural(count, 'one', 'other'): both forms need a translation.
    const plural = new RegExp(String.raw`l10n\.plural\(\s*[^,]+,\s*` + quoted + String.raw`,\s*` + quoted, 'g');
    const messages = sources('client/src').flatMap((f) => [
      ...[...read(f).matchAll(single)].map((m) => m[1]),
      ...[...read(f).matchAll(plural)].flatMap((m) => [m[1], m[2]]),
    ]);
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      expect(bundle[message], `l10n/bundle.l10n.zh-cn.json lacks: ${message}`).toBeTruthy();
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(holes(bundle[message])).toEqual(holes(message));
    }
  });

  it('no message counts with "(s)": plurals are chosen by the count', () => {
    const messages = Object.keys(bundle);
    expect(messages.filter((m) => /\(s\)|\b1 \w+s\b/.test(m))).toEqual([]);
    expect(messages).toContain('{0} errors');
  });
});
