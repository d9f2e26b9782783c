import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { convertDocument, fixAll } from '../../../server/src/engine';
import { CORPUS_NAME, EXTENSION_ID, govreportApi, nextChange, openInEditor, readWorkspaceFile, tabOpened, workspaceUri, writeWorkspaceFile } from './helpers';
import { ui } from './ui';

/** VS Code 1.96's DOM: the walkthrough's steps, completed steps, the command palette's focused row. */
const STEP = '.getting-started-step';
const COMPLETED_TITLES = `${STEP}:has(.complete) .step-title`;
const FOCUSED_ROW = '.quick-input-widget .quick-input-list .monaco-list-row.focused';
const ACTIVE_EDITOR_TEXT = '.editor-group-container.active .monaco-editor .view-lines';
const LANGUAGE_MODE = '[id="status.editor.mode"]';

interface Step {
  readonly id: string;
  readonly media: { readonly markdown: string };
}

/** The walkthrough as this window's language has it: the manifest's strings and each pane's text. */
function localized() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const zh = vscode.env.language.toLowerCase().startsWith('zh');
  const strings = JSON.parse(readFileSync(path.join(extension.extensionPath, zh ? 'package.nls.zh-cn.json' : 'package.nls.json'), 'utf8')) as Record<string, string>;
  const steps = (extension.packageJSON as { contributes: { walkthroughs: { steps: Step[] }[] } }).contributes.walkthroughs[0].steps;
  const pane = (step: Step) => readFileSync(path.join(extension.extensionPath, step.media.markdown), 'utf8');
  /** The commands a pane names in bold, as the palette shows them (`govreport: …`). */
  const named = (step: Step) => [...pane(step).matchAll(/\*\*(govreport: [^*]+)\*\*/g)].map((m) => m[1]);
  type Title = string | { readonly value: string; readonly original: string };
  const manifest = extension.packageJSON as { contributes: { commands: { command: string; title: Title; category?: string }[]; menus: { commandPalette: { command: string; when: string }[] } } };
  /** The `when` of the palette entry of the command the palette shows as `name` (a translated title is `{ value, original }`). */
  const paletteWhen = (name: string) => {
    const command = manifest.contributes.commands.find((c) => `${c.category}: ${typeof c.title === 'string' ? c.title : c.title.value}` === name);
    assert.ok(command, `no command is named “${name}”`);
    return manifest.contributes.menus.commandPalette.find((m) => m.command === command?.command)?.when;
  };
  return { zh, strings, steps, pane, named, paletteWhen, title: (step: Step) => strings[`walkthrough.${step.id}.title`] };
}

async function showWalkthrough(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#govreport.start`, false);
  await ui([{ waitFor: STEP }]);
}

/** Waits until the walkthrough (open beside the report) shows the step as done. */
async function completed(title: string, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = ((await ui([{ text: COMPLETED_TITLES }])).results[0] as string[]).map((t) => t.trim());
    if (done.includes(title)) return done;
    if (Date.now() > deadline) throw new Error(`step “${title}” not completed; done: ${JSON.stringify(done)}`);
  }
}

/**
 * Runs a command on the active report the way a user does: its name typed into the command palette, exactly as a
 * walkthrough pane spells it, and Enter on the row it selects (which must be that command).
 */
async function runFromPalette(name: string): Promise<void> {
  // As a user would: click into the report's text first, so the palette runs the command on it.
  await ui([{ click: ACTIVE_EDITOR_TEXT }]);
  await vscode.commands.executeCommand('workbench.action.quickOpen', `>${name}`);
  await ui([{ textAppears: { selector: FOCUSED_ROW, contains: name } }, { press: 'Enter' }]);
}

export function registerWalkthroughTests(): void {
  suite('walkthrough and the language’s name, in the window’s language', () => {
    // The walkthrough, its panes and the preview are webviews: the suites after this one expect none.
    suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
    // First: nothing may have completed a step before it.
    test('every step completes, each by what its pane tells the user to do', async () => {
      await govreportApi();
      const w = localized();
      const step = (id: string) => w.steps.find((s) => s.id === id)!;
      const command = (id: string, words: RegExp) => w.named(step(id)).find((n) => words.test(n))!;
      await showWalkthrough();
      assert.deepStrictEqual((await ui([{ text: COMPLETED_TITLES }])).results[0], [], 'steps already done');

      // 1. Open a report, beside the walkthrough (which stays in view, showing each step as it completes).
      const copy = await writeWorkspaceFile(`walkthrough-${CORPUS_NAME}`, await readWorkspaceFile(CORPUS_NAME));
      const report = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { viewColumn: vscode.ViewColumn.Beside });
      const focusReport = () => vscode.window.showTextDocument(report.document, { viewColumn: report.viewColumn });
      await completed(w.title(step('open')));
      // 2. Open the Problems panel.
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await completed(w.title(step('check')));
      // 3. and 4. Convert pasted tables, fix all: from the palette, on the report.
      for (const [id, words] of [['convert', /转换|Convert/], ['fix', /修复|Fix/]] as const) {
        await focusReport();
        const changed = nextChange(report.document);
        await runFromPalette(command(id, words));
        await changed;
        await completed(w.title(step(id)));
      }
      const expected = fixAll(convertDocument(await readWorkspaceFile(CORPUS_NAME)).text).text;
      const actual = report.document.getText();
      let at = 0;
      while (at < actual.length && actual[at] === expected[at]) at++;
      assert.strictEqual(actual, expected, `the commands did not run on the report as the engine does (from offset ${at}: ${JSON.stringify(actual.slice(at, at + 80))} vs ${JSON.stringify(expected.slice(at, at + 80))})`);
      // 5. Open the preview with the keys the pane gives (Ctrl+K V), in the report.
      assert.ok(w.pane(step('preview')).includes('`Ctrl+K V`'));
      await focusReport();
      await ui([{ click: ACTIVE_EDITOR_TEXT }, { press: 'Control+K' }, { press: 'V' }]);
      await completed(w.title(step('preview')));
      await tabOpened((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('govreport.preview'), 'preview of the report');
      // 6. Change a setting.
      const settings = vscode.workspace.getConfiguration('govreport');
      await settings.update('run', 'onSave', vscode.ConfigurationTarget.Global);
      await settings.update('run', undefined, vscode.ConfigurationTarget.Global);
      const done = await completed(w.title(step('settings')));
      assert.deepStrictEqual(done, w.steps.map(w.title));
      await vscode.commands.executeCommand('workbench.action.joinAllGroups');
      await showWalkthrough();
      await ui([{ screenshot: `walkthrough-done-${w.zh ? 'zh' : 'en'}` }]);

      await focusReport();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(workspaceUri(`walkthrough-${CORPUS_NAME}`));
    });
    test('in the window’s language: step titles, each pane, and command names the palette knows', async () => {
      await govreportApi();
      const w = localized();
      assert.strictEqual(w.zh, vscode.env.language.toLowerCase().startsWith('zh'));
      await showWalkthrough();
      const titles = ((await ui([{ text: `${STEP} .step-title` }])).results[0] as string[]).map((t) => t.trim());
      assert.deepStrictEqual(titles, w.steps.map(w.title));
      for (const step of w.steps) {
        // Selecting the step shows its pane (a webview): the pane of this language.
        const heading = /^# (.+)$/m.exec(w.pane(step))![1];
        const shown = await ui([{ click: `${STEP}:has-text("${w.title(step)}") .step-title` }, { frame: { contains: heading } }]);
        assert.ok((shown.results[1] as { text: string }).text.includes(heading));
        if (step.id === 'open') await ui([{ screenshot: `walkthrough-${w.zh ? 'zh' : 'en'}` }]);
      }
      // Every command a pane names is in the palette under exactly that name (with the kind of
      // editor its palette entry asks for active).
      const names = [...new Set(w.steps.flatMap(w.named))];
      assert.ok(names.length >= 8, names.join(' / '));
      const report = await openInEditor(workspaceUri(CORPUS_NAME));
      const markdown = await writeWorkspaceFile('walkthrough-notes.md', '# notes\n');
      for (const name of names) {
        const needsMarkdown = w.paletteWhen(name) === 'editorLangId == markdown';
        await vscode.window.showTextDocument(needsMarkdown ? await vscode.workspace.openTextDocument(markdown) : report.document);
        await ui([{ click: ACTIVE_EDITOR_TEXT }]);
        await vscode.commands.executeCommand('workbench.action.quickOpen', `>${name}`);
        await ui([{ textAppears: { selector: FOCUSED_ROW, contains: name } }]);
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      }
    });


    test('the language mode names the language in the window’s language', async () => {
      await govreportApi();
      const w = localized();
      await openInEditor(workspaceUri(CORPUS_NAME));
      const { results } = await ui([{ waitFor: LANGUAGE_MODE }, { text: LANGUAGE_MODE }, { screenshot: `language-name-${w.zh ? 'zh' : 'en'}` }]);
      assert.deepStrictEqual(results[1], [w.strings['language.name']]);
      assert.strictEqual(w.strings['language.name'], w.zh ? '政府信息公开年度报告' : 'Disclosure Annual Report');
    });
  });
}
