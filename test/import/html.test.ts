import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/engine';
import { composeText } from '../../server/src/import/compose/text';
import { plainText } from '../../server/src/import/document';
import { readHtml } from '../../server/src/import/html/read';
import { importBytes } from './helpers';

/**
 * The web page reader on the quirks of real CMS pages: GB2312 pages, the article inside a layout
 * table, cells wrapped in <p>, blank cells as &nbsp;, header cells broken by <br />, hidden and
 * scripted parts, and Markdown characters in the words.
 */

const utf8 = (html: string) => new TextEncoder().encode(html);
const composed = (bytes: Uint8Array) => composeText(readHtml(bytes)).map((l) => l.text);

const TABLE4 = `<table border="1"><tbody>
<tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>
<tr><td rowspan="2"><p>结果<br />维持</p></td><td rowspan="2"><p>结果<br/>纠正</p></td><td rowspan="2"><p>其他<br>结果</p></td><td rowspan="2"><p>尚未<br />审结</p></td><td rowspan="2"><p>总计</p></td><td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>1</p></td><td><p>0</p></td><td><p>1</p></td><td>7</td><td>2</td><td>3</td><td>0</td><td>12</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</tbody></table>`;

describe('web pages', () => {
  it('reads a GB2312 page, its article inside a layout table, around the menus', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><script>var x = "一、总体情况";</script></head><body>
<table width="1000"><tr><td><div class="nav">首页 政务公开 一、总体情况 的链接</div></td></tr>
<tr><td><div style="display:none">隐藏的菜单：二、主动公开政府信息情况</div>
<h1>某县人民政府2024年政府信息公开工作年度报告</h1>
<p>　　一、总体情况</p><p>　　2024年，全县主动公开政府信息1200条。</p>
<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
${TABLE4}
<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>本机关未收取信息处理费。</p>
</td></tr></table></body></html>`;
    const gbk = encodeGbk(page);
    const lines = composed(gbk);
    expect(lines[0]).toBe('# 某县人民政府2024年政府信息公开工作年度报告');
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('2024年，全县主动公开政府信息1200条。');
    expect(lines.join('\n')).not.toMatch(/首页|隐藏|var x/);
    // Table 四: the header rows left out, the one row of 15 cells kept with its blanks.
    expect(lines.filter((l) => l.startsWith('|'))).toEqual(['|  |  | 1 | 0 | 1 | 7 | 2 | 3 | 0 | 12 | 0 | 0 | 0 | 0 | 0 |']);
  });

  it('a <br /> ends a paragraph; bold runs stay bold; Markdown characters stay words', () => {
    const doc = readHtml(utf8('<body><p>孝义市人民政府<br />2025年1月24日</p><p><strong>一是</strong>加强*重点*领域公开。</p><p># 不是标题 | 也不是表格</p><p>1. 列表？</p></body>'));
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.runs) : b.kind))).toEqual(['孝义市人民政府', '2025年1月24日', '一是加强*重点*领域公开。', '# 不是标题 | 也不是表格', '1. 列表？']);
    expect(composeText(doc).map((l) => l.text)).toEqual(['孝义市人民政府', '', '2025年1月24日', '', '**一是**加强\\*重点\\*领域公开。', '', '\\# 不是标题 \\| 也不是表格', '', '1\\. 列表？']);
  });

  it('joins the pieces of a Chinese sentence the page broke over lines, without spaces', () => {
    const doc = readHtml(utf8('<body><p>全年共受理\n      政府信息公开申请\n 70 件，\n办结 <span>69</span> 件。</p></body>'));
    const [block] = doc.blocks;
    expect(block.kind === 'paragraph' && plainText(block.runs)).toBe('全年共受理政府信息公开申请 70 件，办结 69 件。');
  });

  it('expands rowspan and colspan, and a figure merged over three columns is one figure', async () => {
    const page = `<body><h2>二、主动公开政府信息情况</h2><table><tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3"><p>35583</p></td></tr></table></body>`;
    expect(composed(utf8(page))).toEqual(['## 二、主动公开政府信息情况', '', '| 第二十条第（五）项 |', '| 信息内容 | 本年处理决定数量 |', '| 行政许可 | 35583 |']);
    const model = parseReport((await importBytes(utf8(page), 'html')).text);
    expect(model.tables.get('t2-5')?.byId.get('licensing')?.cells.map((c) => c.parsed.value)).toEqual([35583]);
  });

  it('survives a hostile page: absurd spans, nothing but furniture, no body', async () => {
    const absurd = '<table><tr><td colspan="100000000" rowspan="0">一</td><td rowspan="-3">2</td></tr><tr><td>三</td></tr></table>';
    expect(() => readHtml(utf8(absurd))).not.toThrow();
    expect((await importBytes(utf8(''), 'html')).text).toBe('\n');
    expect((await importBytes(utf8('<div class="footer">版权所有</div>'), 'html')).tables).toBe(0);
  });
});

/** The page in GB18030 bytes (Node's TextDecoder reads it; encoding needs a table: built from the decoder). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
