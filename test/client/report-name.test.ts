import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../client/src/commands/report-name';

describe('the default file name of a new report', () => {
  it('agency, year and the official title, with the canonical extension', () => {
    expect(reportFileName('孝义市人民政府', 2024)).toBe('孝义市人民政府2024年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName(undefined, 2025)).toBe('2025年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName('  ', 2025)).toBe('2025年政府信息公开工作年度报告.govreport.md');
  });

  it('drops what no file system accepts, and numbers a second copy', () => {
    expect(reportFileName('某市/某县:人民政府*?', 2024)).toBe('某市某县人民政府2024年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName('某市\n人民政府', 2024)).toBe('某市人民政府2024年政府信息公开工作年度报告.govreport.md');
    expect(reportFileName('孝义市人民政府', 2024, 2)).toBe('孝义市人民政府2024年政府信息公开工作年度报告-2.govreport.md');
  });
});
