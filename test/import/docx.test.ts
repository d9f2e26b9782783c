import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeText } from '../../server/src/import/compose/text';
import { readDocx } from '../../server/src/import/docx/read';
import { parseXml, XmlError } from '../../server/src/import/xml';

/**
 * The Word reader on documents written by hand in OOXML, the way Word and WPS write what the
 * project's own export never does: automatic numbering of headings, WPS style names, tracked
 * changes, fields, content controls, another namespace prefix, and merged cells.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const enc = (s: string) => new TextEncoder().encode(s);

function docx(body: string, options: { prefix?: string; styles?: string; numbering?: string } = {}): Uint8Array {
  const p = options.prefix ?? 'w';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc('<Types/>'),
    '_rels/.rels': enc('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': enc(`<?xml version="1.0" encoding="UTF-8"?><${p}:document xmlns:${p}="${W}"><${p}:body>${body.replace(/w:/g, `${p}:`)}</${p}:body></${p}:document>`),
  };
  if (options.styles) files['word/styles.xml'] = enc(`<w:styles xmlns:w="${W}">${options.styles}</w:styles>`);
  if (options.numbering) files['word/numbering.xml'] = enc(`<w:numbering xmlns:w="${W}">${options.numbering}</w:numbering>`);
  return zipSync(files);
}

const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const lines = (bytes: Uint8Array) => composeText(readDocx(bytes)).map((l) => l.text).filter((l) => l !== '');

describe('Word documents', () => {
  it('numbers headings as Word shows them, with WPS style names', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 1"/></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 2"/><w:basedOn w:val="2"/></w:style>';
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>';
    const num = (level: number) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr>`;
    const body = [
      para('总体情况', `<w:pStyle w:val="2"/>${num(0)}`),
      para('加大主动公开力度', `<w:pStyle w:val="3"/>${num(1)}`),
      para('依法办理申请', `<w:pStyle w:val="3"/>${num(1)}`),
      para('主动公开政府信息情况', `<w:pStyle w:val="2"/>${num(0)}`),
      para('第一项', `<w:pStyle w:val="3"/>${num(1)}`),
      para('正文', '<w:outlineLvl w:val="9"/>'),
    ].join('');
    expect(lines(docx(body, { styles, numbering }))).toEqual(['# 一、总体情况', '## （一）加大主动公开力度', '## （二）依法办理申请', '# 二、主动公开政府信息情况', '## （一）第一项', '正文']);
  });

  it('reads what the page shows: insertions, not deletions; field results, not instructions; content controls; bold runs', () => {
    const body = [
      '<w:p><w:r><w:t>全年受理</w:t></w:r><w:del><w:r><w:delText>68</w:delText></w:r></w:del><w:ins><w:r><w:t>70</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> 页</w:t></w:r></w:p>',
      `<w:sdt><w:sdtContent>${para('控件中的段落')}</w:sdtContent></w:sdt>`,
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一是</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>加强公开。</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>孝义市人民政府</w:t><w:br/><w:t>2025年1月24日</w:t><w:br w:type="page"/></w:r></w:p>',
    ].join('');
    expect(lines(docx(body))).toEqual(['全年受理70件。', '第 3 页', '控件中的段落', '**一是**加强公开。', '孝义市人民政府', '2025年1月24日']);
  });

  it('reads a document whose namespace has another prefix', () => {
    expect(lines(docx(para('二、主动公开政府信息情况'), { prefix: 'ns0' }))).toEqual(['二、主动公开政府信息情况']);
  });

  it('reads merged cells as the grid they show (gridSpan, vMerge, gridBefore, text set vertically)', () => {
    const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;
    const rows = [
      `<w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/><w:textDirection w:val="tbRl"/>')}${tc('（一）予以公开', '<w:gridSpan w:val="2"/>')}${tc('4')}${tc('6')}</w:tr>`,
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('（三）不予公开', '<w:vMerge w:val="restart"/>')}${tc('1.属于国家秘密')}${tc('0')}${tc('1')}</w:tr>`,
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}${tc('2.其他法律行政法规禁止公开')}${tc('0')}${tc('')}</w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="3"/></w:trPr>${tc('5')}${tc('9')}</w:tr>`,
    ];
    const document = readDocx(docx(`<w:tbl>${rows.join('')}</w:tbl>`));
    const table = document.blocks[0];
    expect(table.kind === 'table' && table.rows.map((r) => r.slots.map((s) => s?.text ?? '∅'))).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '（一）予以公开', '4', '6'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0', '1'],
      ['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开', '0', ''],
      ['∅', '∅', '∅', '5', '9'],
    ]);
    expect(table.kind === 'table' && table.rows[1].origin).toEqual({ kind: 'docx', table: 1, row: 2 });
    expect(lines(docx(`<w:tbl>${rows.join('')}</w:tbl>`))).toEqual([
      '| 三、本年度办理结果 |',
      '| （一）予以公开 | 4 | 6 |',
      '| （三）不予公开 |',
      '| 1.属于国家秘密 | 0 | 1 |',
      '| 2.其他法律行政法规禁止公开 | 0 |  |',
      '| 5 | 9 |',
    ]);
  });
});

describe('the XML reader', () => {
  it('reads entities and CDATA, and never expands a DOCTYPE', () => {
    const root = parseXml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY boom "BOOM">]><!-- c --><a b="&lt;&#x4E00;&#19968;">&amp;&boom;<![CDATA[<不是标签>]]></a>');
    expect(root.attrs.b).toBe('<一一');
    expect(root.children.join('')).toBe('&&boom;<不是标签>');
  });

  it('refuses broken XML with its own error', () => {
    for (const broken of ['<a><b></a>', '<a>', '<a b=c/>', '</a>', 'text only']) expect(() => parseXml(broken), broken).toThrow(XmlError);
  });
});
