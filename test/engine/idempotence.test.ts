import { describe, expect, it } from 'vitest';
import { applyEdits, convertDocument, formatTables, LanguageIndex, parseReport } from '../../server/src/engine';
import { corpus } from '../helpers';
import { BASE } from '../rules/base';

/** Converting or formatting the result again changes nothing, degenerate input included. */

const convert = (text: string) => convertDocument(text).text;
const format = (text: string) => applyEdits(text, formatTables(new LanguageIndex(parseReport(text)))).text;

describe('convert is idempotent', () => {
  it('a sub-table heading with no rows at the end of table 二 (pipe): its delimiter row is not written again', () => {
    const text = BASE.replace(/\n\| 行政事业性收费[^\n]*/, '');
    const once = convert(text);
    expect(convert(once)).toBe(once);
    expect(once.match(/\| 第二十条第（八）项/g)).toHaveLength(1);
    expect(once.match(/\| -+ \| -+: \|\n/g)?.length).toBe(BASE.match(/\| -+ \| -+: \|\n/g)?.length);
  });

  it('a sub-table heading with no rows after a pasted table 二: no table is written for it on every convert', () => {
    // 第二十条第（八）项 is followed by a stray character instead of its header and row.
    const text = corpus('xiaoyi-2024.txt').replace(/(第二十条第（八）项[^\n]*\n)[^\n]*\n[^\n]*\n/, '$1信\n');
    const once = convert(text);
    expect(convert(once)).toBe(once);
    expect(once.match(/第二十条第（八）项/g)).toHaveLength(1);
    expect(once).toContain('\n信\n');
  });
});

describe('convert keeps a repeated row', () => {
  const REPEAT = '| 规章               |            1 |            0 |          524 |';
  const withRepeat = (text: string) => text.replace(/(\| 规章 [^\n]*\n)/, `$1${REPEAT}\n`);

  it('a row written twice with other figures: the first in the table, the other kept as an unplaced line, not dropped', () => {
    const once = convert(withRepeat(BASE));
    expect(once).toContain(`\n\n<!-- govreport 未归入表格 / unplaced: ${REPEAT} -->\n`);
    expect(once.match(/^\| 规章 /gm)).toHaveLength(1);
    expect(convert(once)).toBe(once);
  });

  it('a row written twice with the same figures: written once, nothing else kept', () => {
    const once = convert(BASE.replace(/(\| 规章 [^\n]*\n)/, '$1$1'));
    expect(once).toBe(convert(BASE));
  });

  it('table 二 without its heading, and a second copy in section 五: the first copy is read before and after converting', () => {
    // A report pasted twice; the copy with the repeated row read more rows of table 二 than its
    // converted self, so the second conversion read the other copy (found by npm run fuzz).
    const report = withRepeat(BASE.replace('## 二、主动公开政府信息情况\n', ''));
    const table2 = report.slice(report.indexOf('| 第二十条第（一）项'), report.indexOf('## 三、'));
    const text = report.replace('## 六、', `${table2}## 六、`);
    const once = convert(text);
    expect(convert(once)).toBe(once);
    const model = parseReport(once);
    const s3 = model.sections.find((s) => s.spec.id === 's3')!;
    expect(model.regions.find((r) => r.sectionId === 's2')!.lastLine).toBeLessThan(s3.firstLine);
    expect(model.tables.get('t2-1')!.byId.get('rules')!.cells.map((c) => c.raw)).toEqual(['0', '0', '0']);
  });
});

describe('formatting is idempotent', () => {
  it('a table its own realignment makes statutory is right-aligned in one go, not `---` first and `--:` next time', () => {
    const text = [
      '## 三、收到和处理政府信息公开申请情况',
      '',
      '| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |',
      '|---|---|---|---|---|---|---|---|',
      // Every cell written (a short row is left as it is: padding it would place figures by guess).
      '| 部分公开 (区分处理的, 只计这一情形, 不计其他情形) | 99 | 0 | 0 | 0**x | | | |',
      '2. 重复申请\t1\t0\t0\t0\t0\t0\t1',
      '',
    ].join('\n');
    const once = format(text);
    expect(once).not.toBe(text);
    expect(format(once)).toBe(once);
    // Too wide to align in 80 columns: written compact, as govreport writes table 三 (README, wide tables).
    expect(once.split('\n')[3]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  });

  it('tables their own realignment makes statutory are right-aligned in one go, not `---` first and `--:` next time', () => {
    // Table 三 as an OCR tool writes it, one small table per row, after a stray comment opener
    // (found by the seeded fuzzing of real reports' fragments).
    const text = [
      '<!--?（七）总计 项目) | 数量 |',
      '|---|---|',
      '| - | - |',
      '',
      '### 申请人情况 (法人或其他组织)',
      '| 商业企业 | 科研机构 | 社会公益 | 法律服务机构 | 其他 |',
      '|---|---|---|---|---|',
      '| - | - | - | - | - |',
      '',
      '### 申请人情况 (总计)',
      '| (数据项目) | 数量 |',
      '|---|---|',
      '| - | - |',
      '',
      '### 一、本年新收政府信息公开申请数量',
      '| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |',
      '|---|---|---|---|---|---|---|---|',
      '| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |',
      '',
      '### 二、上年结转政府信息公开申请数量',
      '| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |',
      '|---|---|---|---|---|---|---|---|',
      '| 上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |',
    ].join('\n');
    const once = format(text);
    expect(once).not.toBe(text);
    expect(format(once)).toBe(once);
    // Too wide to align in 80 columns: written compact, as govreport writes table 三 (README, wide tables).
    expect(once.split('\n')[16]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  });
});
