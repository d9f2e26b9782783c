import type { Comparison, ComparisonFinding, FigureComparison, ParagraphComparison } from './comparison';
import { figureText, heading, LABELS, noteworthy, PARAGRAPH_STATUS, percentText, SECTION_STATUS, signed, summaryText, type Lang } from './compare-words';

export interface ComparisonTextOptions {
  /** List every figure, not only those that changed or have findings. */
  readonly all?: boolean;
}

/**
 * The comparison as plain text for a terminal: one line per figure that changed (`!` marks a
 * large change), the cross-year findings under what they concern, then each section's prose
 * with a word diff in the style of `git diff --word-diff` ([-removed-]{+added+}).
 */
export function comparisonText(c: Comparison, lang: Lang, options: ComparisonTextOptions = {}): string {
  const out: string[] = [heading(c, lang), summaryText(c, lang), ''];
  let unlisted = 0;
  for (const table of c.tables) {
    const lines: string[] = [];
    for (const row of table.rows) {
      for (const f of row.figures) {
        if (!options.all && !noteworthy(f)) {
          unlisted++;
          continue;
        }
        lines.push(figureLine(row.label, f, lang), ...f.findings.map((x) => findingLine(x, lang, '      ')));
      }
    }
    if (lines.length > 0) out.push(table.name[lang], ...lines, '');
  }
  if (unlisted > 0) out.push(LABELS.unlisted[lang].replace('{0}', String(unlisted)), '');
  if (c.otherFindings.length > 0) out.push(LABELS.other[lang], ...c.otherFindings.map((x) => findingLine(x, lang, '    ')), '');

  out.push(LABELS.prose[lang]);
  for (const section of c.sections) {
    if (section.status === 'absent') continue;
    out.push(`  ${section.title[lang]}${lang === 'zh' ? '：' : ': '}${SECTION_STATUS[section.status][lang]}`);
    for (const p of section.paragraphs) out.push(...paragraphLines(p, lang));
  }
  return out.join('\n') + '\n';
}

function figureLine(label: string, f: FigureComparison, lang: Lang): string {
  const change = f.change === undefined || f.change === 0 ? '' : `  ${signed(f.change)}`;
  const percent = percentText(f, lang);
  return `  ${f.large ? '!' : ' '} ${label} · ${f.columnLabel}: ${figureText(f.last)} → ${figureText(f.this)}${change}${percent ? ` (${percent})` : ''}`;
}

function findingLine(f: ComparisonFinding, lang: Lang, indent: string): string {
  return `${indent}${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message[lang]}`;
}

function paragraphLines(p: ParagraphComparison, lang: Lang): string[] {
  const line = p.this?.range.start.line ?? p.last?.range.start.line ?? 0;
  const where = p.this ? `${line + 1}` : `(${lang === 'zh' ? '上年 ' : 'last year '}${line + 1})`;
  const tag = `    ${where} ${PARAGRAPH_STATUS[p.status][lang]}${lang === 'zh' ? '：' : ': '}`;
  let body: string;
  if (p.status === 'changed') body = (p.diff ?? []).map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
  else body = (p.this ?? p.last)!.text;
  return [tag + body, ...p.findings.map((x) => findingLine(x, lang, '      '))];
}
