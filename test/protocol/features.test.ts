import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, fixAll, parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { EXAMPLE, XIAOYI, lineOf } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

const CORPUS_URI = 'file:///reports/xiaoyi.govreport.md';
const EXAMPLE_URI = 'file:///reports/example.govreport.md';
const BROKEN_URI = 'file:///reports/broken.govreport.md';
const BROKEN = EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |');
const ALIGNED_ROW = '| 行政复议                     |        0 |        0 |        0 |        0 |    0 |';
const MISALIGNED_URI = 'file:///reports/misaligned.govreport.md';
const MISALIGNED = EXAMPLE.replace(ALIGNED_ROW, '| 行政复议                     | 0 | 0 | 0 | 0 | 0 |');
const TOTAL_LINE = lineOf(EXAMPLE, '| 一、本年新收');
const TOTAL_CHAR = EXAMPLE.split('\n')[TOTAL_LINE].lastIndexOf('70');

/** Applies LSP text edits (ranges against `text`). */
function applyLsp(text: string, edits: readonly TextEdit[]): string {
  const src = parseReport(text).source;
  return applyEdits(text, edits.map((e) => ({ span: { start: src.offsetAt(e.range.start), end: src.offsetAt(e.range.end) }, newText: e.newText }))).text;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  if (change && 'textDocument' in change) {
    expect(change.textDocument.uri).toBe(uri);
    return change.edits as TextEdit[];
  }
  return action.edit?.changes?.[uri] ?? [];
}

describe('editor features over the protocol', () => {
  let client: TestClient;

  beforeAll(async () => {
    ensureServerBuilt();
    client = (await startClient({ settings: {}, locale: 'zh-cn' })).client;
    client.open(CORPUS_URI, XIAOYI);
    client.open(EXAMPLE_URI, EXAMPLE);
    client.open(BROKEN_URI, BROKEN);
    client.open(MISALIGNED_URI, MISALIGNED);
    await client.waitFor((p) => p.uri === MISALIGNED_URI);
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('hover on 属于三类内部事务信息 (the corpus report): 条例第十六条第一款 and its text', async () => {
    const line = lineOf(XIAOYI, '5. 属于三类内部事务信息');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: CORPUS_URI }, position: { line, character: 8 } });
    expect(hover!.range).toEqual({ start: { line, character: 2 }, end: { line, character: 15 } });
    const value = (hover!.contents as { kind: string; value: string }).value;
    expect(value).toContain('**依据：条例第十六条第一款**');
    expect(value).toContain('> 行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。');
  });

  it('code action on a broken total: the preferred fix mends it; the others disable or explain; the wide table can be written compact', async () => {
    const range = { start: { line: TOTAL_LINE, character: TOTAL_CHAR }, end: { line: TOTAL_LINE, character: TOTAL_CHAR } };
    const diagnostics = client.latest(BROKEN_URI)!.diagnostics;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: BROKEN_URI }, range, context: { diagnostics } })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['改为 70', 'quickfix', true],
      ['在此表格中禁用 table3-row-total', 'quickfix', false],
      ['在整个文档中禁用 table3-row-total', 'quickfix', false],
      ['查看规则 table3-row-total 的说明', 'quickfix', false],
      // Table 三 of the example is written aligned, wider than an editor beside the preview.
      ['将此表格改写为紧凑格式（行更短，自动换行时不再断成碎片）', 'refactor.rewrite', false],
    ]);
    expect(actions[0].diagnostics?.map((d) => d.code)).toEqual(['table3-row-total']);
    // Versioned: the edit applies to version 1 only.
    expect(actions[0].edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri: BROKEN_URI, version: 1 } });
    expect(applyLsp(BROKEN, editsOf(actions[0], BROKEN_URI))).toBe(EXAMPLE);
    expect(actions[3].command).toEqual({ title: '查看规则 table3-row-total 的说明', command: 'govreport.server.showRuleDocumentation', arguments: ['table3-row-total'] });
  });

  it('show rule documentation: the server asks the client to open the page', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'govreport.server.showRuleDocumentation', arguments: ['table3-row-total'] });
    expect(client.shownDocuments.at(-1)).toEqual({ uri: pathToFileURL(join(ROOT, 'docs/rules/table3-row-total.md')).href, takeFocus: true });
  });

  it('fix all (source.fixAll.govreport): what fixAll() gives, as a versioned edit', async () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: XIAOYI.split('\n').length, character: 0 } };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: CORPUS_URI }, range: whole, context: { diagnostics: [], only: ['source.fixAll.govreport'] } })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.govreport']);
    expect(applyLsp(XIAOYI, editsOf(actions[0], CORPUS_URI))).toBe(fixAll(XIAOYI).text);
    // Then the client runs its command: the server says what was fixed, by rule, in the client's language.
    expect(actions[0].command?.command).toBe('govreport.server.fixAllSummary');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: actions[0].command!.command, arguments: actions[0].command!.arguments });
    await expect.poll(() => client.messages.at(-1)).toBe('已修复 8 处：cell-empty 5，table-pasted 3');
    // Not offered unless asked for.
    const plain = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: CORPUS_URI }, range: whole, context: { diagnostics: [] } })) as CodeAction[];
    expect(plain.some((a) => a.kind === 'source.fixAll.govreport')).toBe(false);
  });

  it('completion: the missing section heading first, in official wording', async () => {
    const text = EXAMPLE.replace('## 五、存在的主要问题及改进情况', '## 五');
    const uri = 'file:///reports/completion.govreport.md';
    client.open(uri, text);
    const line = lineOf(text, '## 五\n');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 4 } })) as CompletionItem[];
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    expect(first).toMatchObject({ label: '五、存在的主要问题及改进情况', textEdit: { range: { start: { line, character: 0 }, end: { line, character: 4 } }, newText: '## 五、存在的主要问题及改进情况' } });
  });

  it('completion in a table: row labels as snippets', async () => {
    const text = EXAMPLE.replace(/\| 5\.属于三类内部事务信息[^\n]*/, '| 属于三');
    const uri = 'file:///reports/rows.govreport.md';
    client.open(uri, text);
    const line = lineOf(text, '| 属于三');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 5 } })) as CompletionItem[];
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    expect(first).toMatchObject({ label: '5.属于三类内部事务信息', insertTextFormat: 2, textEdit: { newText: ' 5.属于三类内部事务信息 | $1 | $2 | $3 | $4 | $5 | $6 | $7 |' } });
  });

  it('formatting: aligns the misaligned row of table 四 and nothing else', async () => {
    const format = (uri: string) => client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const edits = (await format(MISALIGNED_URI))!;
    const line = lineOf(MISALIGNED, '| 行政复议                     | 0 |');
    expect(edits).toEqual([{ range: { start: { line, character: 0 }, end: { line, character: 48 } }, newText: ALIGNED_ROW }]);
    expect(await format(EXAMPLE_URI)).toEqual([]);
  });

  it('document symbols, folding, inlay hints and code lenses', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: EXAMPLE_URI } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    expect(symbols[2].children!.map((c) => c.name)).toEqual(['表三']);
    const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: EXAMPLE_URI } }))!;
    expect(folds[0]).toEqual({ startLine: 0, endLine: 5, kind: 'region' });
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: BROKEN_URI }, range: { start: { line: TOTAL_LINE, character: 0 }, end: { line: TOTAL_LINE + 1, character: 0 } } }))!;
    expect(hints.map((h) => [h.position, h.label])).toEqual([[{ line: TOTAL_LINE, character: TOTAL_CHAR + 2 }, '= 70 ✗']]);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: BROKEN_URI } }))!;
    const t3 = lineOf(EXAMPLE, '| 申请人情况');
    expect(lenses.filter((l) => l.range.start.line === t3).map((l) => l.command)).toEqual([
      { title: '表三：1 处错误', command: '' },
      { title: '打开预览', command: 'govreport.showPreviewToSide', arguments: [BROKEN_URI] },
    ]);
  });
});
