import { describe, expect, it } from 'vitest';
import { tableLines } from '../../server/src/import/compose/table';
import type { Cell, TableRow } from '../../server/src/import/document';
import { expandSpans } from '../../server/src/import/grid';
import { importableName, sniff } from '../../server/src/import/kinds';
import { reportFileName } from '../../server/src/import/name';
import { originText } from '../../server/src/import/origin';
import { collapseSpace, joinPieces } from '../../server/src/import/text';
import { encryptedPdf, oleFile, workbook } from './bad-files';

/** The small pieces: what a file is, grids from spans, rows from grids, names, origins, CJK spacing. */

const bytes = (s: string) => new TextEncoder().encode(s);

describe('what a file is', () => {
  it('by its bytes first, its name second', () => {
    expect(sniff(encryptedPdf(), 'a.pdf')).toEqual({ kind: 'pdf' });
    expect(sniff(encryptedPdf(), undefined)).toEqual({ kind: 'pdf' });
    expect(sniff(workbook(), 'a.docx')).toEqual({ kind: 'docx' });
    expect(sniff(bytes('<!DOCTYPE html><html><body>报告</body></html>'), undefined)).toEqual({ kind: 'html' });
    expect(sniff(bytes('<p>报告</p>'), '报告.HTM')).toEqual({ kind: 'html' });
    expect(sniff(bytes('# 报告'), '报告.govreport.md')).toEqual({ kind: 'text' });
    expect(sniff(bytes('<!DOCTYPE html>'), 'notes.md')).toEqual({ kind: 'text' });
    expect(sniff(oleFile(), 'a.doc').kind).toBe('refused');
    expect(sniff(oleFile('EncryptedPackage'), 'a.docx')).toMatchObject({ kind: 'refused', reason: { en: expect.stringContaining('encrypted') } });
    expect(sniff(encryptedPdf(), 'a.docx')).toMatchObject({ kind: 'refused', reason: { zh: '扩展名为 .docx，内容却是PDF 文件；请把扩展名改为 .pdf 后再试' } });
    expect(sniff(bytes('not a pdf'), 'a.pdf')).toMatchObject({ kind: 'refused' });
  });

  it('names that ask for an importer', () => {
    expect(['a.docx', 'B.PDF', 'c.htm', 'd.html', 'e.md', 'f.doc', 'g'].map(importableName)).toEqual(['docx', 'pdf', 'html', 'html', undefined, undefined, undefined]);
  });
});

describe('grids', () => {
  it('lay cells out as HTML does: rowspan skips slots below, colspan fills to the right', () => {
    const c = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
    const rows = expandSpans([
      { cells: [c('a', 2), c('b', 1, 2)], origin: { kind: 'html', line: 1 } },
      { cells: [c('d'), c('e')], origin: { kind: 'html', line: 2 } },
    ]);
    expect(rows.map((r) => r.slots.map((s) => s?.text))).toEqual([
      ['a', 'b', 'b'],
      ['a', 'd', 'e'],
    ]);
    expect(rows[0].slots[1]).toBe(rows[0].slots[2]);
    expect(rows[0].slots[0]).toBe(rows[1].slots[0]);
  });

  it('clamp absurd spans', () => {
    const rows = expandSpans([{ cells: [{ text: 'x', rowSpan: 1e9, colSpan: 1e9 }], origin: { kind: 'html', line: 1 } }]);
    expect(rows[0].slots).toHaveLength(64);
  });
});

describe('grids as pipe rows', () => {
  const origin = { kind: 'html' as const, line: 1 };
  const row = (...slots: (Cell | undefined)[]): TableRow => ({ slots, origin });
  it('a caption across the table and a header naming the label column are kept', () => {
    const caption = { text: '第二十条第（一）项' };
    const rows = [row(caption, caption, caption), row({ text: '信息内容' }, { text: '本年新制作数量' }, { text: '本年新公开数量' }), row({ text: '规章' }, { text: '0' }, { text: '' })];
    expect(tableLines(rows).map((l) => l.text)).toEqual(['| 第二十条第（一）项 |', '| 信息内容 | 本年新制作数量 | 本年新公开数量 |', '| 规章 | 0 |  |']);
  });

  it('titles over the figure columns alone are left out (they would read as a row 行政复议)', () => {
    const review = { text: '行政复议' };
    const litigation = { text: '行政诉讼' };
    const rows = [row(review, review, litigation, litigation), row({ text: '结果维持' }, { text: '总计' }, { text: '结果维持' }, { text: '总计' }), row({ text: '' }, { text: '0' }, { text: '7' }, { text: '12' })];
    expect(tableLines(rows).map((l) => l.text)).toEqual(['|  | 0 | 7 | 12 |']);
  });
});

describe('words', () => {
  it('layout whitespace inside Chinese is no space; between Latin words it is one', () => {
    expect(collapseSpace('　　全年共受理\n  政府信息公开申请 70\u00a0件， Word  文档 ')).toBe('全年共受理政府信息公开申请 70 件， Word 文档');
    expect(['结果' , '维持'].reduce(joinPieces)).toBe('结果维持');
    expect(joinPieces('page', '3')).toBe('page 3');
  });

  it('the file an imported report is saved as', () => {
    expect(reportFileName('孝义市人民政府', 2024, '/tmp/x.docx')).toBe('孝义市人民政府2024年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName('某局/办公室', 2024, 'x.docx')).toBe('某局办公室2024年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName(undefined, 2024, 'C:\\docs\\年报.pdf')).toBe('年报.govreport.md');
  });

  it('where a finding is, in both languages', () => {
    expect(originText({ kind: 'pdf', page: 3, y: 120 })).toEqual({ zh: 'PDF 第 3 页', en: 'page 3 of the PDF' });
    expect(originText({ kind: 'docx', table: 2, row: 5 })).toEqual({ zh: 'Word 文档第 2 个表格第 5 行', en: 'row 5 of the 2nd table of the Word document' });
    expect(originText({ kind: 'docx', paragraph: 11 }).en).toBe('paragraph 11 of the Word document');
    expect(originText({ kind: 'html', line: 76 }).zh).toBe('网页源代码第 76 行');
  });
});
