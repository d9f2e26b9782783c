import { describe, expect, it } from 'vitest';
import { applyEdits, checkModel, convertDocument, formatTables, LanguageIndex, parseReport, tableLayoutActions, type CodeActionEntry } from '../../server/src/engine';
import { doc, EXAMPLE, XIAOYI } from './setup';

/** Rewriting the table under the cursor compact or aligned (README: wide tables in the text editor). */

const apply = (text: string, action: CodeActionEntry) => applyEdits(text, action.edits!.map((e) => ({ span: e.span, newText: e.newText }))).text;
const actionsAt = (text: string, needle: string, only?: string[]) => {
  const d = doc(text);
  const at = d.at(needle);
  return tableLayoutActions(d.index, { span: { start: at, end: at }, only, lang: 'en' });
};
const lines = (text: string, from: string, count: number) => {
  const all = text.split('\n');
  const first = all.findIndex((l) => l.startsWith(from));
  return all.slice(first, first + count);
};
/** What the check says, wherever it says it (the columns move with the layout). */
const findings = (text: string) => checkModel(parseReport(text)).map((d) => `${d.rule} ${d.range.start.line}: ${d.message.en}`);
const format = (text: string) => applyEdits(text, formatTables(new LanguageIndex(parseReport(text)))).text;

describe('rewriting a table in the other layout', () => {
  it('turns the aligned table 三 of the example compact: only its lines change, the figures and the check stay', () => {
    const [action] = actionsAt(EXAMPLE, '| 一、本年新收');
    expect(action).toMatchObject({ title: 'Write this table compact (shorter rows that do not wrap into fragments)', kind: 'refactor.rewrite' });
    const after = apply(EXAMPLE, action);
    expect(lines(after, '| 申请人情况', 3)).toEqual([
      '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |',
    ]);
    const changed = EXAMPLE.split('\n').map((l, i) => [l, after.split('\n')[i]]).filter(([a, b]) => a !== b);
    expect(after.split('\n')).toHaveLength(EXAMPLE.split('\n').length);
    expect(changed.every(([a]) => a.startsWith('|'))).toBe(true);
    expect(findings(after)).toEqual(findings(EXAMPLE));
    // The formatter keeps it compact, and the way back restores the example exactly.
    expect(format(after)).toBe(after);
    const [back] = actionsAt(after, '| 一、本年新收');
    expect(back.title).toBe('Write this table with aligned columns');
    expect(apply(after, back)).toBe(EXAMPLE);
  });

  it('offers nothing for an aligned table that fits beside the preview, nor outside tables', () => {
    expect(actionsAt(EXAMPLE, '| 行政许可')).toEqual([]);
    expect(actionsAt(EXAMPLE, '## 三、收到和处理')).toEqual([]);
  });

  it('offers to align any compact table (table 四 as govreport writes it)', () => {
    const converted = convertDocument(XIAOYI).text;
    const [action] = actionsAt(converted, '| 行政复议');
    expect(action?.title).toBe('Write this table with aligned columns');
    expect(findings(converted).length).toBeGreaterThan(0);
    expect(findings(apply(converted, action))).toEqual(findings(converted));
  });

  it('answers the light bulb and the Refactor menu, not a request for quick fixes only; Chinese titles', () => {
    expect(actionsAt(EXAMPLE, '| 一、本年新收', ['refactor'])).toHaveLength(1);
    expect(actionsAt(EXAMPLE, '| 一、本年新收', ['quickfix'])).toEqual([]);
    const d = doc(EXAMPLE);
    const at = d.at('| 一、本年新收');
    expect(tableLayoutActions(d.index, { span: { start: at, end: at }, lang: 'zh' })[0].title).toBe('将此表格改写为紧凑格式（行更短，自动换行时不再断成碎片）');
  });
});
