import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { SCOPES, SCOPE_NAME, grammarFileText } from '../../client/src/grammar/generate';

/**
 * The TextMate grammar, tokenized by the same library VS Code uses (vscode-textmate +
 * oniguruma wasm). Markdown underneath is VS Code's own grammar when the integration
 * tier's code-server is installed, else a small stand-in with the same rule shapes.
 */

const root = path.resolve(__dirname, '../..');
const grammarPath = path.join(root, 'syntaxes/govreport.tmLanguage.json');
const realMarkdown = path.join(root, 'test/.cache/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
const stubMarkdown = path.join(__dirname, 'markdown-stub.tmLanguage.json');

it('the committed grammar is the one generated from the format data', () => {
  // On failure: run `node scripts/gen-grammar.mjs` (labels come from the engine's format data).
  expect(readFileSync(grammarPath, 'utf8')).toBe(grammarFileText());
});

interface Token {
  text: string;
  scopes: string[];
}

let onigReady: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  const wasm = readFileSync(createRequire(__filename).resolve('vscode-oniguruma/release/onig.wasm'));
  onigReady ??= oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  return onigReady;
}

async function loadGrammar(markdownPath: string): Promise<textmate.IGrammar> {
  await loadOniguruma();
  const files: Record<string, string> = { [SCOPE_NAME]: grammarPath, 'text.html.markdown': markdownPath };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = files[scopeName];
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the first token whose text contains `needle`, on the given line. */
function scopesOf(lines: Token[][], line: number, needle: string): string[] {
  const token = lines[line].find((t) => t.text.includes(needle));
  if (!token) throw new Error(`no token containing "${needle}" on line ${line}: ${JSON.stringify(lines[line].map((t) => t.text))}`);
  return token.scopes;
}

const DOC = [
  '---', // 0
  'agency: 孝义市人民政府', // 1
  'year: 2024', // 2
  '---', // 3
  '', // 4
  '## 一、总体情况', // 5
  '', // 6
  '全年共受理政府信息公开申请 70 件，依据《条例》第二十条第（一）项和第三十六条第（三）项办理。', // 7
  '', // 8
  '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', // 9
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', // 10
  '| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |', // 11
  '| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', // 12
  '| （七）总计 | 60 | 5 | 0 | 0 | 2 | 2 | 69 |', // 13
  '', // 14
  '### **三、收到和处理政府信息公开申请情况**', // 15
  '', // 16
  '行政规范性文件\t10\t0\t38', // 17
  '一、本年新收政府信息公开申请数量\t61\t5\t0\t0\t2\t2\t70', // 18
  '2024 年 1 月 1 日起', // 19
  '\t\t5. 属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0', // 20
  '\t\t(七) 总计\t60\t5\t0\t0\t2\t2\t69', // 21
].join('\n');

const markdownVariants = [['stand-in Markdown', stubMarkdown], ...(existsSync(realMarkdown) ? [["VS Code's Markdown", realMarkdown]] : [])];

describe.each(markdownVariants)('scopes over %s', (_name, markdownPath) => {
  let lines: Token[][];
  beforeAll(async () => {
    lines = tokenize(await loadGrammar(markdownPath), DOC);
  });

  it('front matter is embedded YAML', () => {
    expect(scopesOf(lines, 0, '---')).toContain(SCOPES.frontMatterDelimiter);
    expect(scopesOf(lines, 1, 'agency')).toContain(SCOPES.frontMatter);
  });

  it('section headings by their official wording, with or without bold markers', () => {
    expect(scopesOf(lines, 5, '总体情况')).toContain(SCOPES.section);
    expect(scopesOf(lines, 5, '一')).toContain(SCOPES.sectionNumber);
    expect(scopesOf(lines, 15, '收到和处理')).toContain(SCOPES.section);
  });

  it('article references and the law title in prose', () => {
    expect(scopesOf(lines, 7, '《条例》')).toContain(SCOPES.lawTitle);
    const article = scopesOf(lines, 7, '第二十条');
    expect(article).toContain(SCOPES.article);
    expect(lines[7].find((t) => t.text === '第二十条第（一）项')).toBeDefined();
    expect(scopesOf(lines, 7, '第三十六条')).toContain(SCOPES.article);
  });

  it('figures quoted in prose, but not years or dates', () => {
    expect(scopesOf(lines, 7, '70')).toContain(SCOPES.figure);
    expect(scopesOf(lines, 19, '2024')).not.toContain(SCOPES.figure);
  });

  it('pipe tables: column headers, row labels, figures and the total column', () => {
    expect(scopesOf(lines, 9, '自然人')).toContain(SCOPES.columnLabel);
    expect(scopesOf(lines, 9, '总计')).toContain(SCOPES.columnLabel);
    expect(scopesOf(lines, 11, '本年新收')).toContain(SCOPES.rowLabel);
    expect(scopesOf(lines, 11, '61')).toContain(SCOPES.figure);
    expect(scopesOf(lines, 11, '70')).toContain(SCOPES.total);
    expect(scopesOf(lines, 11, '61')).not.toContain(SCOPES.total);
    expect(scopesOf(lines, 12, '属于三类内部事务信息')).toContain(SCOPES.rowLabel);
  });

  it('the total row: label and every figure are totals', () => {
    expect(scopesOf(lines, 13, '总计')).toContain(SCOPES.totalLabel);
    expect(scopesOf(lines, 13, '60')).toContain(SCOPES.total);
    expect(scopesOf(lines, 13, '69')).toContain(SCOPES.totalRow);
  });

  it('pasted (tab-separated) rows: label, figures, total', () => {
    expect(scopesOf(lines, 17, '行政规范性文件')).toContain(SCOPES.rowLabel);
    expect(scopesOf(lines, 17, '38')).toContain(SCOPES.figure);
    expect(scopesOf(lines, 18, '61')).toContain(SCOPES.figure);
    expect(scopesOf(lines, 18, '70')).toContain(SCOPES.total);
  });

  it('tab-indented pasted rows are table rows, not Markdown code blocks', () => {
    expect(scopesOf(lines, 20, '属于三类内部事务信息')).toContain(SCOPES.rowLabel);
    expect(scopesOf(lines, 20, '属于三类内部事务信息').some((s) => s.startsWith('markup.raw'))).toBe(false);
    expect(scopesOf(lines, 21, '总计')).toContain(SCOPES.totalLabel);
    expect(scopesOf(lines, 21, '69')).toContain(SCOPES.total);
  });
});

describe.each(markdownVariants)('the corpus report over %s', (_name, markdownPath) => {
  it('finds all six section headings and tokenizes quickly', async () => {
    const grammar = await loadGrammar(markdownPath);
    const text = readFileSync(path.join(root, 'test/fixtures/corpus/xiaoyi-2024.txt'), 'utf8');
    const started = performance.now();
    const lines = tokenize(grammar, text);
    const elapsed = performance.now() - started;
    const headings = lines.flatMap((tokens) => tokens.filter((t) => t.scopes.includes(SCOPES.section) && t.scopes.includes(SCOPES.sectionNumber)).map((t) => t.text));
    expect(headings).toEqual(['一', '二', '三', '四', '五', '六']);
    // A pathological alternation would show up here long before a user notices typing lag.
    expect(elapsed).toBeLessThan(1000);
  });
});
