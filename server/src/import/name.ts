import { REPORT_KIND } from '../engine';

/**
 * The name an imported report is saved under, beside its source:
 * 「孝义市人民政府2024年政府信息公开工作年度报告.govreport.md」 — the name the editor and the CLI
 * recognise as a report. Without an agency and a year, the source's own name is kept.
 */
export function reportFileName(agency: string | undefined, year: number | undefined, sourceName: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  const name = agency && year ? safe(`${agency}${year}年${REPORT_KIND}`) : '';
  if (name !== '') return `${name}.govreport.md`;
  const base = safe(sourceName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')) || 'report';
  return `${base}.govreport.md`;
}
