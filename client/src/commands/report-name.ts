/**
 * The file name a new report is saved under by default (pure; test/client/report-name.test.ts):
 * `<agency><year>年政府信息公开工作年度报告.govreport.md`, the way reports are titled and published,
 * with the canonical extension. Characters no file system accepts are left out of the agency.
 */
export function reportFileName(agency: string | undefined, year: number, copy = 1): string {
  const who = (agency ?? '').replace(/[\\/:*?"<>|\p{Cc}]/gu, '').trim();
  const suffix = copy > 1 ? `-${copy}` : '';
  return `${who}${year}年政府信息公开工作年度报告${suffix}.govreport.md`;
}
