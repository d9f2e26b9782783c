import { canonicalTablesText } from './canonical/canonical';
import { FORMAT_2021, tablesOfSection } from './format';
import type { AgencyKind } from './model';
import { FRONT_MATTER_KEYS } from './parse/frontmatter';
import { toChineseNumeral } from './text/normalize';

/**
 * The canonical empty report ("new report from template"): front matter, title, the six
 * official section headings in order, and under sections 二, 三, 四 their statutory tables
 * with empty cells. Written entirely from the format data, so a template can never
 * disagree with what the checker expects.
 */

export interface TemplateOptions {
  /** The reporting body, e.g. 孝义市人民政府. Absent: left for the drafter (commented key, no name in the title). */
  readonly agency?: string;
  readonly agencyKind?: AgencyKind;
  /** The reporting year. */
  readonly year: number;
  readonly eol?: '\n' | '\r\n';
}

/** 中华人民共和国政府信息公开工作年度报告格式 → 政府信息公开工作年度报告: the title is derived, not retyped. */
export const REPORT_KIND = FORMAT_2021.name.replace(/^中华人民共和国/, '').replace(/格式$/, '');

function frontMatter(options: TemplateOptions): string[] {
  const values: Partial<Record<(typeof FRONT_MATTER_KEYS)[number], string>> = {
    agency: options.agency?.trim() || undefined,
    agencyKind: options.agencyKind,
    year: String(options.year),
  };
  // Unknown values stay as commented keys: an empty value would itself be a diagnostic.
  const lines = FRONT_MATTER_KEYS.map((key) => (values[key] !== undefined ? `${key}: ${values[key]}` : `# ${key}:`));
  return ['---', ...lines, '---'];
}

export function reportTemplate(options: TemplateOptions): string {
  const eol = options.eol ?? '\n';
  const agency = options.agency?.trim() ?? '';
  const out: string[] = [...frontMatter(options), '', `# ${agency}${options.year}年${REPORT_KIND}`, ''];
  for (const section of FORMAT_2021.sections) {
    out.push(`## ${toChineseNumeral(section.number)}、${section.title}`, '');
    const tables = tablesOfSection('2021', section.id);
    if (tables.length > 0) out.push(canonicalTablesText(tables, new Map(), eol, { groups: true }), '');
  }
  return out.join(eol);
}
