/**
 * Entry of the integration suite that runs inside a real VS Code (bundled by esbuild.mjs to
 * dist/test/integration/index.js; run by test/integration/runner.mjs, see
 * scripts/test-integration.mjs). The @vscode/test-electron shape: VS Code requires this
 * file and awaits run().
 *
 * Suite files export a `register…` function instead of calling `suite()` at import time:
 * in one bundle, imports run before mocha has installed its globals.
 */
import Mocha from 'mocha';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { registerCrashTests } from './crash.suite';
import { registerDiagnosticsTests } from './diagnostics.suite';
import { registerExportTests } from './export.suite';
import { registerFixTests } from './fix.suite';
import { registerHoverTests } from './hover.suite';
import { registerImportTests } from './import.suite';
import { registerLanguageTests } from './language.suite';
import { registerPackagedTests } from './packaged.suite';
import { registerAuditTests } from './audit.suite';
import { registerPreviewTests } from './preview.suite';
import { registerRuleDocsTests } from './rule-docs.suite';
import { registerStatusTests } from './status.suite';
import { registerWalkthroughTests } from './walkthrough.suite';
import { registerYearlyTests } from './yearly.suite';
import { registerGridTests } from './grid.suite';
import { registerTrustTests } from './trust.suite';
import { registerConfigTests } from './config.suite';
import { registerWrapTests } from './wrap.suite';
import { registerPreviewLikeMarkdownTests } from './preview-like-markdown.suite';

/** Suites by name; a workspace selects some with `.govreport-it.json` (`{"suites": ["packaged"]}`). */
const REGISTRATIONS: Record<string, () => void> = {
  // First: its steps complete as the other suites work, so it counts them before anyone else has.
  walkthrough: registerWalkthroughTests,
  language: registerLanguageTests,
  diagnostics: registerDiagnosticsTests,
  hover: registerHoverTests,
  fix: registerFixTests,
  yearly: registerYearlyTests,
  import: registerImportTests,
  preview: registerPreviewTests,
  status: registerStatusTests,
  'rule-docs': registerRuleDocsTests,
  export: registerExportTests,
  grid: registerGridTests,
  previewLikeMarkdown: registerPreviewLikeMarkdownTests,
  wrap: registerWrapTests,
  // Last: it kills and restarts the server under the others' feet.
  crash: registerCrashTests,
  packaged: registerPackagedTests,
  // Its own VS Code start, on a workspace of many reports (scripts/test-integration.mjs).
  audit: registerAuditTests,
  // Its own VS Code start too, in Restricted Mode (runner --restricted); the configuration file there first.
  config: registerConfigTests,
  trust: registerTrustTests,
};

export function run(): Promise<void> {
  // Each wait inside a test has its own limit and names what it waited for; the test's own limit only
  // catches a hang, and must outlast a test's several waits on a loaded machine (the walkthrough's take 15 s there).
  // forbidPending: a skipped test fails the run, as in the vitest tiers (issue 9).
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000, forbidPending: true });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'govreport-integration', mocha);
  for (const name of selectedSuites()) REGISTRATIONS[name]();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}

/**
 * The workspace says which suites to run: the main run and the run against the installed
 * .vsix are separate VS Code starts (scripts/test-integration.mjs). Without a selection, all
 * but `packaged`, `audit`, `config` and `trust`.
 */
function selectedSuites(): string[] {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let wanted: unknown;
  try {
    wanted = folder ? (JSON.parse(readFileSync(vscode.Uri.joinPath(folder.uri, '.govreport-it.json').fsPath, 'utf8')) as { suites?: unknown }).suites : undefined;
  } catch {
    wanted = undefined; // no selection file
  }
  if (Array.isArray(wanted)) return wanted.filter((name): name is string => typeof name === 'string' && name in REGISTRATIONS);
  return Object.keys(REGISTRATIONS).filter((name) => !['packaged', 'audit', 'config', 'trust'].includes(name));
}
