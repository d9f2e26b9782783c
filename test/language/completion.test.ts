import { describe, expect, it } from 'vitest';
import { canonicalTableLines, completionsAt, FORMAT_2021, type CompletionEntry } from '../../server/src/engine';
import { doc, EXAMPLE, lineOf } from './setup';

const byKind = (items: CompletionEntry[], kind: CompletionEntry['kind']) => items.filter((i) => i.kind === kind).sort((a, b) => a.sortText.localeCompare(b.sortText));

describe('row labels in a table', () => {
  // The row 5.属于三类内部事务信息 removed from table 三, and a new row being typed in its place.
  const text = EXAMPLE.replace(/\| 5\.属于三类内部事务信息[^\n]*/, '| 属于三');
  const d = doc(text);
  const line = lineOf(text, '| 属于三');
  const items = completionsAt(d.index, d.at('| 属于三', 5), 'zh');
  const rows = byKind(items, 'row-label');

  it('offers the rows of the current table, the missing one first', () => {
    expect(rows.map((r) => r.label)).toEqual(FORMAT_2021.tables.find((t) => t.id === 't3')!.rows.map((r) => r.label).sort((a, b) => (a === '5.属于三类内部事务信息' ? -1 : b === '5.属于三类内部事务信息' ? 1 : 0)));
    expect(rows[0].detail).toBe('表三 · 缺少此行');
    expect(rows[0].documentation).toContain('**依据：条例第十六条第一款**');
  });

  it('completes the label cell and writes the figure cells as tab stops', () => {
    expect(rows[0].edit.range).toEqual({ start: { line, character: 1 }, end: { line, character: 5 } });
    expect(rows[0].edit.newText).toBe(' 5.属于三类内部事务信息 | $1 | $2 | $3 | $4 | $5 | $6 | $7 |');
    expect(rows[0].snippet).toBe(true);
    // Not in a table line: no headings, no tables.
    expect(items.every((i) => i.kind === 'row-label')).toBe(true);
  });

  it('inside an existing label cell only the label is replaced', () => {
    const existing = completionsAt(d.index, d.at('| 2.重复申请', 3), 'zh');
    const item = byKind(existing, 'row-label').find((r) => r.label === '2.重复申请')!;
    const l = lineOf(text, '| 2.重复申请');
    expect(item.edit.range.start).toEqual({ line: l, character: 1 });
    expect(d.slice(item.edit.range).trim()).toBe('2.重复申请');
    expect(item.edit.newText).toBe(' 2.重复申请 ');
  });

  it('on the line right below a table, a new row of that table', () => {
    const below = EXAMPLE.replace('|    0 |\n\n## 五', '|    0 |\n|\n\n## 五');
    const b = doc(below);
    const items = byKind(completionsAt(b.index, b.at('|\n\n## 五', 1), 'zh'), 'row-label');
    expect(items.map((i) => i.label)).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
    expect(items[0].edit.newText).toBe(' 行政复议 | $1 | $2 | $3 | $4 | $5 |');
  });
});

describe('section headings', () => {
  it('after 「## 五」: the official headings, the missing section first, in the document’s heading level', () => {
    const text = EXAMPLE.replace('## 五、存在的主要问题及改进情况', '## 五');
    const d = doc(text);
    const line = lineOf(text, '## 五\n');
    const items = byKind(completionsAt(d.index, d.at('## 五\n', 4), 'zh'), 'section-heading');
    expect(items.map((i) => i.label)).toEqual(['五、存在的主要问题及改进情况', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '六、其他需要报告的事项']);
    expect(items[0].edit).toMatchObject({ range: { start: { line, character: 0 }, end: { line, character: 4 } }, newText: '## 五、存在的主要问题及改进情况' });
    expect(items[0].detail).toBe('缺少此部分');
    expect(items[0].documentation).toContain('说明政府信息公开工作存在的主要问题及改进情况');
  });

  it('typing 「#」 on a line of its own keeps the user’s level', () => {
    const text = `${EXAMPLE}\n###`;
    const d = doc(text);
    const items = byKind(completionsAt(d.index, text.length, 'zh'), 'section-heading');
    expect(items[0].edit.newText).toBe('### 一、总体情况');
  });

  it('never inside prose', () => {
    const d = doc(EXAMPLE);
    expect(completionsAt(d.index, d.at('深入学习贯彻'), 'zh')).toEqual([]);
  });
});

describe('statutory table snippets', () => {
  it('on an empty line: each statutory table as its canonical empty table', () => {
    const text = EXAMPLE.replace('## 六、其他需要报告的事项\n', '## 六、其他需要报告的事项\n\n\n');
    const d = doc(text);
    const line = lineOf(text, '## 六、') + 2;
    const items = byKind(completionsAt(d.index, d.index.model.source.lineStarts[line], 'zh'), 'table');
    expect(items.map((i) => i.label)).toEqual(FORMAT_2021.tables.map((t) => `${t.name.zh}（${t.headerLabel}）`));
    const t3 = FORMAT_2021.tables.find((t) => t.id === 't3')!;
    expect(items.find((i) => i.label.startsWith('表三'))!.edit.newText).toBe(canonicalTableLines(t3, new Map()).join('\n'));
    expect(items[0].detail).toBe('空白标准表格 · 文档中已有');
  });
});

describe('front matter', () => {
  it('the keys not yet written, with their documentation', () => {
    const text = EXAMPLE.replace('published: 2025-01-24\n', 'published: 2025-01-24\npre\n');
    const d = doc(text);
    const items = completionsAt(d.index, d.at('\npre', 4), 'zh');
    expect(items.map((i) => i.label)).toEqual(['previous']);
    expect(items[0]).toMatchObject({
      kind: 'front-matter-key',
      edit: { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } }, newText: 'previous: ' },
      documentation: '上一年度报告的路径，用于跨年度检查。',
    });
  });

  it('the values of agencyKind', () => {
    const text = EXAMPLE.replace('agencyKind: government', 'agencyKind: ');
    const d = doc(text);
    const items = completionsAt(d.index, d.at('agencyKind: ', 12), 'zh');
    expect(items.map((i) => i.label)).toEqual(['government', 'department', 'other']);
    expect(items[0].edit.range).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 12 } });
  });

  it('a whole front matter block at the top of a document without one', () => {
    const d = doc('\n## 一、总体情况\n');
    const block = completionsAt(d.index, 0, 'en').find((i) => i.kind === 'front-matter')!;
    expect(block.edit.newText).toBe('---\nagency: $1\nagencyKind: ${2|government,department,other|}\nyear: $3\npublished: $4\n---\n');
    expect(block.documentation).toContain("`previous`: Path of last year's report");
  });
});

describe('every edit range is on the cursor’s line and around the cursor', () => {
  // Indented lines everywhere: the front matter, a heading, prose, a table row, a blank line.
  const indented = EXAMPLE.replace('agency: ', '  agency:   ')
    .replace('## 五、', '   ## 五、')
    .replace(/\n(\| 2\.重复申请)/, '\n  $1')
    .replace('\n\n## 六', '\n    \n  x\n\n## 六');

  it('at column 0 of an indented line: starts at the cursor, never after it', () => {
    const d = doc(indented);
    const offset = d.at('   ## 五、');
    const items = completionsAt(d.index, offset, 'en');
    const headings = items.filter((i) => i.kind === 'section-heading');
    expect(headings).toHaveLength(6);
    const line = d.index.model.source.lineAt(offset);
    for (const h of headings) expect(h.edit.range).toEqual({ start: { line, character: 0 }, end: { line, character: '   ## 五、存在的主要问题及改进情况'.length } });
  });

  it.each([
    ['the example', EXAMPLE],
    ['the example, indented', indented],
  ])('at every offset of %s', (_, text) => {
    const d = doc(text);
    const source = d.index.model.source;
    let checked = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      const line = source.lineAt(offset);
      for (const item of completionsAt(d.index, offset, 'en')) {
        const { span, range } = item.edit;
        expect(span.start <= offset && offset <= span.end, `${item.label} at ${offset}: ${span.start}-${span.end}`).toBe(true);
        expect(range.start.line === line && range.end.line === line, `${item.label} at ${offset}: not on line ${line}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
