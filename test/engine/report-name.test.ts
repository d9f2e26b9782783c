import { describe, expect, it } from 'vitest';
import { isReportFileName } from '../../server/src/engine';

describe('isReportFileName: which files are annual reports (source-format.md), for the editor and the CLI alike', () => {
  it.each([
    ['孝义市2024年政府信息公开工作年度报告.govreport.md', true],
    ['anything.govreport.md', true],
    ['孝义市2024年政府信息公开工作年度报告.md', true],
    ['孝义市2024年政府信息公开工作年度报告.MARKDOWN', true],
    ['孝义市2024年政府信息公开工作年度报告.txt', false],
    ['孝义市2024年政务公开工作要点.md', false],
    ['政府信息公开指南.md', false],
    ['README.md', false],
    ['report.govreport.md.bak', false],
  ])('%s → %s', (name, expected) => {
    expect(isReportFileName(name)).toBe(expected);
  });
});
