import { describe, expect, it } from 'vitest';
import { isReportFileName } from '../../server/src/engine';
import { REPORT_GLOBS } from '../../server/src/engine/domain/report-name';

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

describe('REPORT_GLOBS: the files watched are reports by the same rule', () => {
  /** A glob of `**\/` and `*` only, as a regular expression over a file name. */
  const asPattern = (glob: string) => new RegExp(`^${glob.replace(/^\*\*\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  it.each([
    ['孝义市2024年政府信息公开工作年度报告.govreport.md', '**/*.govreport.md'],
    ['孝义市2024年政府信息公开工作年度报告.md', '**/*政府信息公开*年度报告*.md'],
    ['市政府办2025年政府信息公开工作年度报告（修订）.md', '**/*政府信息公开*年度报告*.md'],
    ['a.govreport.md', '**/*.govreport.md'],
  ])('%s is matched by %s and is a report', (name, glob) => {
    expect(REPORT_GLOBS).toContain(glob);
    expect(asPattern(glob).test(name)).toBe(true);
    expect(isReportFileName(name)).toBe(true);
  });
});
