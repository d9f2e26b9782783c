import { describe, expect, it } from 'vitest';
import { hoverAt } from '../../server/src/engine';
import { doc, EXAMPLE, lineOf, XIAOYI } from './setup';

const corpus = doc(XIAOYI);
const example = doc(EXAMPLE);

/** Statute text as law.md prints it, typed out here so the test proves the hover quotes it verbatim. */
const ART16_P1 = '行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。';
const ART36_LEAD = '对政府信息公开申请，行政机关根据下列情况分别作出答复：';
const ART36_7 = '（七）所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理。';
const ART37 = '申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由。';

describe('hover on row labels', () => {
  it('属于三类内部事务信息 in the corpus report: 条例第十六条第一款, quoted word for word', () => {
    const h = hoverAt(corpus.index, corpus.at('属于三类内部事务信息', 3), 'zh')!;
    // The label cell as pasted, with its number: line 69 of the file, after the two tabs.
    expect(h.range).toEqual({ start: { line: 68, character: 2 }, end: { line: 68, character: 15 } });
    expect(corpus.slice(h.range)).toBe('5. 属于三类内部事务信息');
    expect(h.markdown).toContain('**5.属于三类内部事务信息**　表三 · （三）不予公开');
    expect(h.markdown).toContain('**依据：条例第十六条第一款**');
    expect(h.markdown).toContain(`> ${ART16_P1}`);
    // Only the first paragraph: the second (过程性信息) belongs to other rows.
    expect(h.markdown).not.toContain('讨论记录');
    expect(h.markdown).toContain('“三类”即人事管理、后勤管理、内部工作流程等方面的内部事务信息');
  });

  it('部分公开: the counting note 「只计这一情形」 and 依据 第三十七条', () => {
    const h = hoverAt(example.index, example.at('（二）部分公开', 3), 'zh')!;
    expect(example.slice(h.range)).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(h.markdown).toContain('**计数**：区分处理的，只计这一情形，不计其他情形');
    expect(h.markdown).toContain('**依据：条例第三十七条**');
    expect(h.markdown).toContain(`> ${ART37}`);
  });

  it('属于行政查询事项: 参见 an item, quoted with its lead-in and the items left out marked', () => {
    const h = hoverAt(example.index, example.at('8.属于行政查询事项', 2), 'zh')!;
    expect(h.markdown).toContain('**参见：条例第三十六条第（七）项**');
    expect(h.markdown).toContain(`> ${ART36_LEAD}\n>\n> ……\n>\n> ${ART36_7}`);
    expect(h.markdown).not.toContain('依据：');
  });

  it('a category without an article ([U]) says so plainly and cites nothing', () => {
    const h = hoverAt(example.index, example.at('5.要求行政机关确认或重新出具已获取信息', 3), 'zh')!;
    expect(h.markdown).toContain('**法律依据**：条例无对应的具体条款');
    expect(h.markdown).not.toMatch(/依据：条例|参见：条例/);
  });

  it('the group part of a pasted label explains the group, the rest the row', () => {
    const line = lineOf(XIAOYI, '(三) 不予公');
    const group = hoverAt(corpus.index, corpus.at('(三) 不予公', 1), 'zh')!;
    expect(group.range).toEqual({ start: { line, character: 1 }, end: { line, character: 10 } });
    expect(corpus.slice(group.range)).toBe('(三) 不予公 开');
    expect(group.markdown).toContain('**（三）不予公开**');
    expect(group.markdown).toContain('**依据：条例第三十六条第（三）项**');
    const row = hoverAt(corpus.index, corpus.at('1. 属于国家秘密', 4), 'zh')!;
    expect(corpus.slice(row.range)).toBe('1. 属于国家秘密');
    expect(row.markdown).toContain('**依据：条例第十四条**');
  });

  it('in English: the explanation in English, the statute still in Chinese', () => {
    const h = hoverAt(corpus.index, corpus.at('属于三类内部事务信息', 3), 'en')!;
    expect(h.markdown).toContain('**Basis: Art. 16, para. 1 (条例第十六条第一款)**');
    expect(h.markdown).toContain('Internal affairs of three kinds');
    expect(h.markdown).toContain(`> ${ART16_P1}`);
  });
});

describe('hover on column headers and table headers', () => {
  it('a header spaced out by extraction (「商 业 企 业」) is found and explained', () => {
    const h = hoverAt(corpus.index, corpus.at('商 业 企 业', 2), 'zh')!;
    expect(corpus.slice(h.range)).toBe('商 业 企 业');
    expect(h.markdown).toContain('**商业企业**　表三 · 法人或其他组织');
    expect(h.markdown).toContain('法人或其他组织中的商业企业。');
  });

  it('the common header 法人或其他组织 lists its five columns, not the 「其他」 inside it', () => {
    const h = hoverAt(corpus.index, corpus.at('法人或其他组织', 3), 'zh')!;
    expect(corpus.slice(h.range)).toBe('法人或其他组织');
    expect(h.markdown).toContain('以下 5 列的共同表头');
    expect(h.markdown).toContain('- **法律服务机构**');
  });

  it('a canonical header cell, and a table heading with its 第二十条 item', () => {
    const col = hoverAt(example.index, example.at('| 本年处理决定数量', 2, 1), 'zh')!;
    expect(example.slice(col.range)).toBe('本年处理决定数量');
    // The second 本年处理决定数量 header belongs to the 第（六）项 table.
    expect(col.markdown).toContain('表二第二十条第（六）项');
    const table = hoverAt(example.index, example.at('| 第二十条第（一）项', 3), 'zh')!;
    expect(table.markdown).toContain('**表二第二十条第（一）项**');
    expect(table.markdown).toContain('**依据：条例第二十条第（一）项**');
    expect(table.markdown).toContain('> 行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息：\n>\n> （一）行政法规、规章和规范性文件；');
  });
});

describe('hover on total cells', () => {
  it('shows the computation from the arithmetic analysis', () => {
    const line = lineOf(XIAOYI, '一、本年新收政府信息公开申请数量');
    const h = hoverAt(corpus.index, corpus.at('\t70\n', 1), 'zh')!;
    expect(h.range).toEqual({ start: { line, character: 30 }, end: { line, character: 32 } });
    expect(h.markdown).toContain('**表三「一、本年新收政府信息公开申请数量」行**：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 总计');
    expect(h.markdown).toContain('61 + 5 + 0 + 0 + 2 + 2 = 70 ✓');
  });

  it('a broken total: ✗ with the computed value and what the table says', () => {
    const broken = doc(EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |'));
    const h = hoverAt(broken.index, broken.at('   71 |', 3), 'zh')!;
    expect(broken.slice(h.range)).toBe('71');
    expect(h.markdown).toContain('61 + 5 + 0 + 0 + 2 + 2 = 70 ✗');
    expect(h.markdown).toContain('表中为 71');
  });

  it('四、结转下年度: its row total and the printed balance 一 + 二 = （七） + 四', () => {
    const h = hoverAt(example.index, example.at('|    1 |\n\n## 四', 5), 'zh')!;
    expect(h.markdown).toContain('1 + 0 + 0 + 0 + 0 + 0 = 1 ✓');
    expect(h.markdown).toContain('一 + 二 − （七） = 四');
    expect(h.markdown).toContain('70 + 0 − 69 = 1 ✓');
  });

  it('a total that cannot be computed says which figures are missing', () => {
    const line = lineOf(XIAOYI, '\t\t\t\t\t7\t2\t3');
    const cells = corpus.index.model.tables.get('t4')!.byId.get('suit-direct')!.cells;
    const h = hoverAt(corpus.index, cells[4].span.start, 'zh')!;
    expect(h.range.start.line).toBe(line);
    expect(h.markdown).toContain('7 + 2 + 3 + 0 = 12 ✓');
  });
});

describe('hover on section headings', () => {
  it('what the format requires there, with its legal basis', () => {
    const line = lineOf(EXAMPLE, '## 二、主动公开政府信息情况');
    const h = hoverAt(example.index, example.at('二、主动公开', 1), 'zh')!;
    expect(h.range).toEqual({ start: { line, character: 0 }, end: { line, character: 15 } });
    expect(h.markdown).toContain('**二、主动公开政府信息情况**　第二部分（共六部分）');
    expect(h.markdown).toContain('以统计表报告条例第二十条第（一）（五）（六）（八）项信息的主动公开情况。');
    expect(h.markdown).toContain('**依据：条例第五十条第（一）项**');
    expect(h.markdown).toContain('> （一）行政机关主动公开政府信息的情况；');
    expect(h.markdown).toContain('本部分的统计表：表二第二十条第（一）项、表二第二十条第（五）项');
  });

  it('a variant heading is told the official wording', () => {
    const variant = doc(EXAMPLE.replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及整改措施'));
    const h = hoverAt(variant.index, variant.at('整改措施'), 'zh')!;
    expect(h.markdown).toContain('官方标题为「五、存在的主要问题及改进情况」');
  });
});

describe('hover on article references in the prose', () => {
  const prose = doc(
    [
      '## 一、总体情况',
      '',
      '依据《条例》第二十条第（一）项，本机关主动公开规范性文件；按照第十六条第二款，过程性信息可以不予公开。',
      '',
      '按第二十条第（一）（五）（六）（八）项统计；依据《中华人民共和国行政许可法》第三十条办理；参照条例第十条。',
      '',
    ].join('\n'),
  );

  it('第二十条第（一）项 with its 《条例》 prefix: the item and its lead-in', () => {
    const h = hoverAt(prose.index, prose.at('第二十条第（一）项', 2), 'zh')!;
    expect(prose.slice(h.range)).toBe('《条例》第二十条第（一）项');
    expect(h.markdown).toContain('**条例第二十条第（一）项**');
    expect(h.markdown).toContain('> 行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息：\n>\n> （一）行政法规、规章和规范性文件；');
  });

  it('第十六条第二款: that paragraph only', () => {
    const h = hoverAt(prose.index, prose.at('第十六条第二款', 1), 'zh')!;
    expect(prose.slice(h.range)).toBe('第十六条第二款');
    expect(h.markdown).toContain('> 行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。法律、法规、规章规定上述信息应当公开的，从其规定。');
    expect(h.markdown).not.toContain('内部事务信息');
  });

  it('several items of one article: the lead-in once, each item, gaps marked', () => {
    const h = hoverAt(prose.index, prose.at('第二十条第（一）（五）', 1), 'zh')!;
    expect(prose.slice(h.range)).toBe('第二十条第（一）（五）（六）（八）项');
    expect(h.markdown).toContain('**条例第二十条第（一）（五）（六）（八）项**');
    expect(h.markdown).toContain('> （一）行政法规、规章和规范性文件；\n>\n> ……\n>\n> （五）办理行政许可');
    expect(h.markdown).toContain('（六）实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定；\n>\n> ……\n>\n> （八）行政事业性收费项目及其依据、标准；');
  });

  it('an article of another law is left alone; an article not included says so', () => {
    expect(hoverAt(prose.index, prose.at('第三十条', 1), 'zh')).toBeUndefined();
    const h = hoverAt(prose.index, prose.at('条例第十条', 3), 'zh')!;
    expect(prose.slice(h.range)).toBe('第十条');
    expect(h.markdown).toContain('没有这一条（款、项）的原文');
  });
});

describe('hover on prose figures', () => {
  it('a figure that disagrees with its table cell (the corpus report: 8 vs 10)', () => {
    const h = hoverAt(corpus.index, corpus.at('规范性文件 8 件', 6), 'zh')!;
    expect(corpus.slice(h.range)).toBe('8');
    expect(h.markdown).toContain('**正文数字 8**（“出台行政规范性文件 8 件”）');
    expect(h.markdown).toContain('- 表二「行政规范性文件」「本年制发件数」：10 ✗');
    expect(h.markdown).toContain('与统计表不一致（规则 text-table-mismatch）');
  });

  it('a figure that agrees names every reading and marks the ones it matches', () => {
    const h = hoverAt(example.index, example.at('申请 70 件', 3), 'zh')!;
    expect(example.slice(h.range)).toBe('70');
    expect(h.markdown).toContain('- 表三「一、本年新收政府信息公开申请数量」总计：70 ✓');
    expect(h.markdown).toContain('与统计表一致');
  });
});

describe('hover on front-matter keys', () => {
  it('what the key means', () => {
    const h = hoverAt(example.index, example.at('agencyKind', 2), 'zh')!;
    expect(h.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
    expect(h.markdown).toContain('机关类型：government（各级人民政府）');
  });

  it('none on an unknown key named like an Object.prototype member', () => {
    const d = doc(EXAMPLE.replace('year: 2024\n', 'year: 2024\nconstructor: 1\ntoString: 2\n'));
    expect(hoverAt(d.index, d.at('constructor', 2), 'en')).toBeUndefined();
    expect(hoverAt(d.index, d.at('toString', 2), 'zh')).toBeUndefined();
  });
});

describe('no hover where there is nothing to explain', () => {
  it('plain prose', () => {
    expect(hoverAt(example.index, example.at('深入学习贯彻'), 'zh')).toBeUndefined();
  });
});
