import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkModel,
  codeActions,
  fixAll,
  fixAllCodeAction,
  fixAllSummaryMessage,
  FIX_ALL_SUMMARY_COMMAND,
  isFixAllSummary,
  parseReport,
  SHOW_RULE_DOCUMENTATION_COMMAND,
  wantsKind,
  type CodeActionEntry,
} from '../../server/src/engine';
import { doc, EXAMPLE, lineOf, XIAOYI } from './setup';

const BROKEN = EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |');

function apply(text: string, action: CodeActionEntry): string {
  return applyEdits(text, action.edits!.map((e) => ({ span: e.span, newText: e.newText }))).text;
}

describe('quick fixes for the diagnostic under the cursor', () => {
  const d = doc(BROKEN);
  const total = d.diagnostics.find((x) => x.rule === 'table3-row-total')!;
  const actions = codeActions(d.index, d.diagnostics, { span: { start: total.span.start, end: total.span.start }, lang: 'zh' });

  it('the rule’s fix first, marked preferred, then disable (table, document) and the documentation', () => {
    expect(actions.map((a) => a.title)).toEqual(['改为 70', '在此表格中禁用 table3-row-total', '在整个文档中禁用 table3-row-total', '查看规则 table3-row-total 的说明']);
    expect(actions[0].preferred).toBe(true);
    expect(actions[0].diagnostic).toBe(total);
    expect(actions[3].command).toEqual({ id: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: ['table3-row-total'] });
  });

  it('the fix mends the total', () => {
    const fixed = apply(BROKEN, actions[0]);
    expect(fixed).toBe(EXAMPLE);
  });

  it('inside a table, disabling wraps the table (a comment line between rows would split it)', () => {
    const first = lineOf(BROKEN, '| 申请人情况');
    expect(actions[1].edits!.map((e) => [e.range.start.line, e.newText])).toEqual([
      [first, '<!-- govreport-disable table3-row-total -->\n'],
      [lineOf(BROKEN, '| 四、结转下年度继续办理'), '\n\n<!-- govreport-enable table3-row-total -->'],
    ]);
    const after = checkModel(parseReport(apply(BROKEN, actions[1])));
    expect(after).toEqual([]);
  });

  it('disabling for the document puts the comment right after the front matter', () => {
    expect(actions[2].edits!.map((e) => [e.range, e.newText])).toEqual([[{ start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, '<!-- govreport-disable table3-row-total -->\n']]);
    expect(checkModel(parseReport(apply(BROKEN, actions[2])))).toEqual([]);
  });

  it('a second rule joins an existing document-level comment', () => {
    const text = BROKEN.replace('---\n\n', '---\n<!-- govreport-disable cell-empty -->\n');
    const d2 = doc(text);
    const t = d2.diagnostics.find((x) => x.rule === 'table3-row-total')!;
    const action = codeActions(d2.index, d2.diagnostics, { span: t.span, lang: 'zh' }).find((a) => a.title.startsWith('在整个文档'))!;
    expect(apply(text, action)).toContain('<!-- govreport-disable cell-empty table3-row-total -->');
  });
});

describe('in prose: disable for this line', () => {
  it('inserts the comment above the line, and the diagnostic goes', () => {
    const d = doc(XIAOYI);
    const mismatch = d.diagnostics.find((x) => x.rule === 'text-table-mismatch')!;
    const actions = codeActions(d.index, d.diagnostics, { span: mismatch.span, lang: 'en' });
    expect(actions.map((a) => a.title)).toEqual([
      'Change the text to 10 (as in the table)',
      'Change the table cell to 8',
      'Disable text-table-mismatch for this line',
      'Disable text-table-mismatch for this document',
      'Show documentation for rule text-table-mismatch',
    ]);
    const line = mismatch.range.start.line;
    expect(actions[2].edits!.map((e) => [e.range, e.newText])).toEqual([[{ start: { line, character: 0 }, end: { line, character: 0 } }, '<!-- govreport-disable-next-line text-table-mismatch -->\n']]);
    const after = checkModel(parseReport(apply(XIAOYI, actions[2])));
    expect(after.filter((x) => x.rule === 'text-table-mismatch')).toEqual([]);
    expect(after.length).toBe(d.diagnostics.length - 1);
  });
});

describe('fix all of one rule, and fix all', () => {
  const d = doc(XIAOYI);

  it('fix all of one rule: every preferred fix of that rule, once per rule', () => {
    const empty = d.diagnostics.find((x) => x.rule === 'cell-empty')!;
    const actions = codeActions(d.index, d.diagnostics, { span: { start: empty.span.start, end: empty.span.start }, lang: 'zh' });
    const all = actions.filter((a) => a.title.startsWith('修复本文档中全部'));
    expect(all.map((a) => a.title)).toEqual(['修复本文档中全部 5 处 cell-empty 问题']);
    const fixed = checkModel(parseReport(apply(XIAOYI, all[0])));
    expect(fixed.filter((x) => x.rule === 'cell-empty')).toEqual([]);
  });

  it('source.fixAll.govreport: the result of fixAll(), as line edits', () => {
    const action = fixAllCodeAction(d.index, {}, 'zh')!;
    expect(action.kind).toBe('source.fixAll.govreport');
    expect(apply(XIAOYI, action)).toBe(fixAll(XIAOYI).text);
    // Line edits, not one replacement of the document.
    expect(action.edits!.length).toBeGreaterThan(1);
    expect(fixAllCodeAction(doc(fixAll(XIAOYI).text).index, {}, 'zh')).toBeUndefined();
  });

  it('fix-all carries the command that reports what it fixed, by rule', () => {
    const action = fixAllCodeAction(d.index, {}, 'en')!;
    const summary = { fixed: 8, byRule: { 'cell-empty': 5, 'table-pasted': 3 } };
    expect(action.command).toEqual({ id: FIX_ALL_SUMMARY_COMMAND, arguments: [summary] });
    expect(fixAllSummaryMessage(summary)).toEqual({
      zh: '已修复 8 处：cell-empty 5，table-pasted 3',
      en: 'Fixed 8 problems: cell-empty 5, table-pasted 3',
    });
    expect(fixAllSummaryMessage({ fixed: 1, byRule: { 'cell-empty': 1 } })).toEqual({ zh: '已修复 1 处：cell-empty 1', en: 'Fixed 1 problem: cell-empty 1' });
    expect(isFixAllSummary(summary)).toBe(true);
    for (const bad of [null, 'x', { fixed: 1 }, { fixed: 1.5, byRule: {} }, { fixed: 1, byRule: { a: 'b' } }]) expect(isFixAllSummary(bad)).toBe(false);
  });

  it('kinds: quick fixes and refactorings unless asked otherwise; fix-all only when asked', () => {
    expect(wantsKind(undefined, 'quickfix')).toBe(true);
    expect(wantsKind(undefined, 'source.fixAll.govreport')).toBe(false);
    expect(wantsKind(undefined, 'refactor.rewrite')).toBe(true);
    expect(wantsKind(['quickfix'], 'refactor.rewrite')).toBe(false);
    expect(wantsKind(['source'], 'source.fixAll.govreport')).toBe(true);
    expect(wantsKind(['source.fixAll'], 'source.fixAll.govreport')).toBe(true);
    expect(wantsKind(['source.fixAll'], 'quickfix')).toBe(false);
    const empty = d.diagnostics.find((x) => x.rule === 'cell-empty')!;
    expect(codeActions(d.index, d.diagnostics, { span: empty.span, only: ['source.fixAll'], lang: 'zh' })).toEqual([]);
  });
});
