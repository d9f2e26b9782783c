import type { Diagnostic } from '../check/run';
import { fixAll, preferredFixes, type FixAllOptions } from '../fix/fix-all';
import { frontMatterLineCount } from '../parse/frontmatter';
import { RULES_BY_ID } from '../rules';
import type { Span } from '../text/source';
import type { LanguageIndex } from './language-index';
import { FIX_ALL_SUMMARY_COMMAND, type FixAllSummary } from './fix-all-summary';
import { extentAtLine } from './tables';
import { lineEdits } from './text-diff';
import { pick, type Lang, type TextReplacement } from './types';

/** Runs in the server: opens the rule's documentation page (argument: the rule id). */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'govreport.server.showRuleDocumentation';
/** The code action kind of fix-all, for `editor.codeActionsOnSave` and the Source Action menu. */
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/** The code action kind of rewriting a table in the other layout (engine/language/table-layout.ts). */
export const TABLE_LAYOUT_KIND = 'refactor.rewrite';

export type CodeActionKind = 'quickfix' | typeof FIX_ALL_KIND | typeof TABLE_LAYOUT_KIND;

export interface CodeActionEntry {
  readonly title: string;
  readonly kind: CodeActionKind;
  /** The diagnostic the action resolves or concerns. */
  readonly diagnostic?: Diagnostic;
  readonly preferred?: boolean;
  readonly edits?: readonly TextReplacement[];
  readonly command?: { readonly id: string; readonly arguments: readonly unknown[] };
}

export interface CodeActionRequest {
  /** The selection (or cursor) the editor asks about. */
  readonly span: Span;
  /** The kinds asked for (LSP CodeActionContext.only); quick fixes only when absent. */
  readonly only?: readonly string[];
  readonly lang: Lang;
}

/**
 * Whether an action of `kind` is wanted: `only` lists kinds or parent kinds (「source」 covers
 * fix-all). Unasked (the light bulb, Ctrl+.): quick fixes and refactorings, not fix-all (it
 * re-checks the whole document).
 */
export function wantsKind(only: readonly string[] | undefined, kind: CodeActionKind): boolean {
  if (!only) return kind !== FIX_ALL_KIND;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * The quick fixes for the diagnostics under the selection: each fix of the rule (preferred
 * where the rule marks one), fixing every finding of that rule at once, silencing the rule on
 * this line or for the document, and opening the rule's documentation. Fix-all of the whole
 * document is separate ({@link fixAllCodeAction}): it re-checks the text and is only computed
 * when asked for.
 */
export function codeActions(index: LanguageIndex, diagnostics: readonly Diagnostic[], request: CodeActionRequest): CodeActionEntry[] {
  if (!wantsKind(request.only, 'quickfix')) return [];
  const { lang } = request;
  const here = diagnosticsAt(diagnostics, request.span);
  const out: CodeActionEntry[] = [];
  const seen = new Set<string>();
  const once = (key: string, make: () => CodeActionEntry | undefined) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = make();
    if (entry) out.push(entry);
  };
  for (const d of here) {
    for (const fix of d.fixes) {
      out.push({ title: fix.title[lang], kind: 'quickfix', diagnostic: d, preferred: fix.preferred === true, edits: fix.edits.map((e) => ({ span: e.span, range: e.range, newText: e.newText })) });
    }
  }
  for (const d of here) {
    if (!RULES_BY_ID.has(d.rule)) continue;
    once(`all:${d.rule}`, () => fixAllOfRule(d, diagnostics, lang));
    once(`line:${d.rule}:${index.model.source.lineAt(d.span.start)}`, () => disableHere(index, d, lang));
    once(`doc:${d.rule}`, () => disableInDocument(index, d, lang));
    once(`docs:${d.rule}`, () => ({
      title: pick(lang, `查看规则 ${d.rule} 的说明`, `Show documentation for rule ${d.rule}`),
      kind: 'quickfix',
      diagnostic: d,
      command: { id: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [d.rule] },
    }));
  }
  return out;
}

/**
 * The diagnostics a selection touches. For a bare cursor, those under it; only when there are
 * none, those ending at it (the cursor just after a figure), so two adjacent empty cells do
 * not both answer.
 */
function diagnosticsAt(diagnostics: readonly Diagnostic[], span: Span): Diagnostic[] {
  const touching = diagnostics.filter((d) => d.span.start <= span.end && d.span.end >= span.start);
  if (span.start !== span.end) return touching;
  const under = touching.filter((d) => d.span.start <= span.start && span.start < d.span.end);
  return under.length > 0 ? under : touching;
}

/** Every preferred fix of one rule in the document, without overlaps, when there are two or more. */
function fixAllOfRule(d: Diagnostic, diagnostics: readonly Diagnostic[], lang: Lang): CodeActionEntry | undefined {
  const fixes = preferredFixes(diagnostics, (other) => other.rule === d.rule);
  if (fixes.length < 2) return undefined;
  const edits: TextReplacement[] = fixes.flatMap((fix) => fix.edits.map((e) => ({ span: e.span, range: e.range, newText: e.newText })));
  return { title: pick(lang, `修复本文档中全部 ${fixes.length} 处 ${d.rule} 问题`, `Fix all ${fixes.length} ${d.rule} problems in this document`), kind: 'quickfix', diagnostic: d, edits };
}

function insertAt(index: LanguageIndex, offset: number, newText: string): TextReplacement {
  const span = { start: offset, end: offset };
  return { span, range: index.model.source.rangeOf(span), newText };
}

/**
 * 「<!-- govreport-disable-next-line rule -->」 above the line. Inside a table a comment line
 * would split the table (for Markdown and for the parser alike), so there the rule is switched
 * off around the whole table instead.
 */
function disableHere(index: LanguageIndex, d: Diagnostic, lang: Lang): CodeActionEntry {
  const src = index.model.source;
  const eol = src.eol;
  const line = src.lineAt(d.span.start);
  const table = extentAtLine(index.extents, line);
  if (table) {
    return {
      title: pick(lang, `在此表格中禁用 ${d.rule}`, `Disable ${d.rule} for this table`),
      kind: 'quickfix',
      diagnostic: d,
      edits: [
        insertAt(index, src.lineStarts[table.firstLine], `<!-- govreport-disable ${d.rule} -->${eol}`),
        // After a blank line: a comment right below the last row would be read as one more row.
        insertAt(index, src.lineEnd(table.lastLine), `${eol}${eol}<!-- govreport-enable ${d.rule} -->`),
      ],
    };
  }
  const indent = /^[ \t]*/.exec(src.lineText(line))![0];
  return {
    title: pick(lang, `在此行禁用 ${d.rule}`, `Disable ${d.rule} for this line`),
    kind: 'quickfix',
    diagnostic: d,
    edits: [insertAt(index, src.lineStarts[line], `${indent}<!-- govreport-disable-next-line ${d.rule} -->${eol}`)],
  };
}

/** 「<!-- govreport-disable rule -->」 at the top, after the front matter; added to such a comment already there. */
function disableInDocument(index: LanguageIndex, d: Diagnostic, lang: Lang): CodeActionEntry {
  const model = index.model;
  const src = model.source;
  const line = frontMatterLineCount(src);
  const title = pick(lang, `在整个文档中禁用 ${d.rule}`, `Disable ${d.rule} for this document`);
  const existing = model.directives.find((x) => x.kind === 'disable' && x.line === line && x.rules.length > 0);
  if (existing) {
    const close = src.text.lastIndexOf('-->', existing.span.end);
    return { title, kind: 'quickfix', diagnostic: d, edits: [insertAt(index, close, `${d.rule} `)] };
  }
  const at = line < src.lineCount ? src.lineStarts[line] : src.text.length;
  return { title, kind: 'quickfix', diagnostic: d, edits: [insertAt(index, at, `<!-- govreport-disable ${d.rule} -->${src.eol}`)] };
}

/**
 * Fix all (source.fixAll.govreport): every preferred fix, re-checked and repeated until
 * nothing is left to fix (a pasted table is converted, then its empty cells filled), sent
 * as line edits, with the command that reports what was fixed. Undefined when there is nothing to fix.
 */
export function fixAllCodeAction(index: LanguageIndex, options: FixAllOptions, lang: Lang): CodeActionEntry | undefined {
  const result = fixAll(index.model.source.text, options);
  if (result.fixed === 0) return undefined;
  const edits = lineEdits(index.model.source, result.text);
  if (edits.length === 0) return undefined;
  const summary: FixAllSummary = { fixed: result.fixed, byRule: result.fixedByRule };
  return {
    title: pick(lang, `修复全部可自动修复的问题（${result.fixed} 处）`, `Fix all auto-fixable problems (${result.fixed})`),
    kind: FIX_ALL_KIND,
    edits,
    // Run after the edit is applied: reports what changed, by rule.
    command: { id: FIX_ALL_SUMMARY_COMMAND, arguments: [summary] },
  };
}
