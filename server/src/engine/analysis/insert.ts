import { tablesOfSection, type FormatVersion, type SectionSpec } from '../format';
import { toChineseNumeral } from '../text/normalize';
import type { ReportModel } from '../model';
import type { TextEdit } from './findings';
import { canonicalTablesText } from '../canonical/canonical';

/** How the document writes its section headings, so inserted ones look the same. */
export function headingPrefix(model: ReportModel): string {
  const levels = model.sections.map((s) => s.heading?.level ?? 0).filter((l) => l > 0);
  return levels.length > 0 ? `${'#'.repeat(levels[0])} ` : '';
}

/** The official heading line of a section: 「## 五、存在的主要问题及改进情况」. */
export function officialHeading(model: ReportModel, spec: SectionSpec): string {
  return `${headingPrefix(model)}${toChineseNumeral(spec.number)}、${spec.title}`;
}

/** Inserts lines before the given line (or at the end of the document), followed by a blank line. */
export function insertBefore(model: ReportModel, line: number | undefined, text: string): TextEdit {
  const src = model.source;
  const eol = src.eol;
  if (line === undefined || line >= src.lineCount) {
    const end = src.text.length;
    const endsWithBreak = src.text.endsWith('\n') || src.text.endsWith('\r');
    // A fence or comment left open at the end is closed first, or the inserted text would be inside it.
    const close = model.openBlockCloser ? `${endsWithBreak ? '' : eol}${model.openBlockCloser}${eol}` : '';
    const lead = src.text.length === 0 ? '' : close ? `${close}${eol}` : endsWithBreak ? eol : eol + eol;
    return { span: { start: end, end }, newText: `${lead}${text}${eol}` };
  }
  const at = src.lineStarts[line];
  return { span: { start: at, end: at }, newText: `${text}${eol}${eol}` };
}

/** The empty canonical tables of a section (二, 三 or 四), ready to insert. */
export function emptySectionTables(model: ReportModel, sectionId: string, version: FormatVersion, only?: readonly string[]): string {
  const specs = tablesOfSection(version, sectionId).filter((t) => !only || only.includes(t.id));
  return canonicalTablesText(specs, new Map(), model.source.eol);
}
