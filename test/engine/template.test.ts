import { describe, expect, it } from 'vitest';
import { FORMAT_2021, checkModel, parseReport, reportTemplate } from '../../server/src/engine';

describe('reportTemplate (new report from template)', () => {
  const text = reportTemplate({ year: 2025, agency: '孝义市人民政府' });
  const model = parseReport(text);
  const rules = new Set(checkModel(model).map((d) => d.rule));

  it('has the front matter, the title and the six official headings in order', () => {
    expect(text.startsWith('---\nagency: 孝义市人民政府\n')).toBe(true);
    expect(text).toContain('\nyear: 2025\n');
    expect(text).toContain('# 孝义市人民政府2025年政府信息公开工作年度报告');
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 一、总体情况', '## 二、主动公开政府信息情况', '## 三、收到和处理政府信息公开申请情况', '## 四、政府信息公开行政复议、行政诉讼情况', '## 五、存在的主要问题及改进情况', '## 六、其他需要报告的事项']);
    expect(headings.map((h) => h.replace(/^## .、/, ''))).toEqual(FORMAT_2021.sections.map((s) => s.title));
  });

  it('is read by the engine as a complete, well-formed skeleton: only the blanks to fill are reported', () => {
    for (const structural of ['section-missing', 'section-order', 'section-heading', 'table-missing', 'row-missing', 'row-unknown', 'row-label', 'column-count', 'table-pasted']) {
      expect(rules.has(structural), structural).toBe(false);
    }
    expect(rules.has('cell-empty')).toBe(true);
  });

  it('leaves unknown front-matter values as comments, and honours CRLF', () => {
    const bare = reportTemplate({ year: 2024, eol: '\r\n' });
    expect(bare).toContain('# agency:\r\n');
    expect(bare).toContain('# 2024年政府信息公开工作年度报告\r\n');
    expect(bare.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
