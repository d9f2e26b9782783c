import type { Bilingual } from '../format/schema';
import { canonicalNumber } from '../text/numbers';
import type { Comparison, ComparedReport, FigureComparison, ParagraphStatus, SectionStatus } from './comparison';

/** Wording shared by the comparison's text and HTML forms, so the two say the same things. */

export type Lang = 'zh' | 'en';

const MINUS = '−';

/** 「+10」「−2」「0」: a change with its sign. */
export function signed(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${canonicalNumber(n)}` : `${MINUS}${canonicalNumber(-n)}`;
}

/** 「+35.7%」; 「新增」 for a figure up from 0; empty when there is no change to measure. */
export function percentText(f: FigureComparison, lang: Lang): string {
  if (f.change === 0) return '';
  if (f.percent === undefined) return f.change !== undefined && f.change !== 0 ? (lang === 'zh' ? '新增' : 'up from 0') : '';
  const rounded = Math.round(f.percent * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? MINUS : ''}${Math.abs(rounded).toFixed(1)}%`;
}

/** A figure worth showing when only changes are: it moved, it was rewritten, or a cross-year rule speaks of it. */
export function noteworthy(f: FigureComparison): boolean {
  return (f.change !== undefined && f.change !== 0) || f.findings.length > 0 || f.last?.text !== f.this?.text;
}

/** A figure as written, or a dash where that year has none. */
export function figureText(side: FigureComparison['last']): string {
  if (!side) return '—';
  return side.text === '' ? '（空）' : side.text;
}

/** 「2023 年」 / 「2023」, or 「上年」 / 「last year」 when the year is not known. */
export function yearLabel(report: ComparedReport, which: 'last' | 'this', lang: Lang): string {
  if (report.year !== undefined) return lang === 'zh' ? `${report.year} 年` : String(report.year);
  return which === 'last' ? (lang === 'zh' ? '上年' : 'last year') : lang === 'zh' ? '本年' : 'this year';
}

export function heading(c: Comparison, lang: Lang): string {
  const who = c.this.agency ?? c.last.agency;
  const years = `${yearLabel(c.last, 'last', lang)} → ${yearLabel(c.this, 'this', lang)}`;
  if (lang === 'zh') return `${who ? `${who}：` : ''}年度报告对比 ${years}`;
  return `${who ? `${who}: ` : ''}year-over-year comparison ${years}`;
}

export function summaryText(c: Comparison, lang: Lang): string {
  const s = c.summary;
  const sections = c.sections.filter((x) => x.status !== 'absent').length;
  const large = `≥ ${c.largeChange.percent}%, ≥ ${canonicalNumber(c.largeChange.minimum)}`;
  if (lang === 'zh') {
    return `${s.figures} 个数字，${s.changed} 个有变化，${s.large} 个变化较大（${large}）；跨年度检查发现 ${s.findings} 个问题；${sections} 个部分中 ${s.sectionsChanged} 个文字有改动，${s.paragraphsUnchanged} 段与上年相同`;
  }
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return `${plural(s.figures, 'figure')}, ${s.changed} changed, ${s.large} by much (${large}); ${plural(s.findings, 'cross-year finding')}; prose changed in ${s.sectionsChanged} of ${plural(sections, 'section')}, ${plural(s.paragraphsUnchanged, 'paragraph')} as last year`;
}

export const SECTION_STATUS: Record<SectionStatus, Bilingual> = {
  unchanged: { zh: '未改动', en: 'unchanged' },
  changed: { zh: '有改动', en: 'changed' },
  added: { zh: '本年新增', en: 'new this year' },
  removed: { zh: '本年没有', en: 'not in this year’s' },
  absent: { zh: '两年都没有正文', en: 'no prose either year' },
};

export const PARAGRAPH_STATUS: Record<ParagraphStatus, Bilingual> = {
  same: { zh: '与上年相同', en: 'as last year' },
  changed: { zh: '有改动', en: 'changed' },
  added: { zh: '新增', en: 'new' },
  removed: { zh: '删去', en: 'removed' },
};

export const LABELS = {
  tables: { zh: '统计表', en: 'Tables' },
  prose: { zh: '正文', en: 'Prose' },
  column: { zh: '栏目', en: 'Column' },
  change: { zh: '增减', en: 'Change' },
  percent: { zh: '增减幅度', en: '%' },
  onlyChanged: { zh: '只显示有变化或有问题的数字', en: 'Only figures that changed or have findings' },
  other: { zh: '其他跨年度检查结果', en: 'Other cross-year findings' },
  unlisted: { zh: '未列出 {0} 个未变化的数字（--all 列出全部）', en: '{0} unchanged figures not listed (--all lists them)' },
  large: { zh: '变化较大', en: 'large change' },
  openLast: { zh: '在上年报告中打开', en: 'Open in last year’s report' },
  openThis: { zh: '在本年报告中打开', en: 'Open in this year’s report' },
} satisfies Record<string, Bilingual>;
