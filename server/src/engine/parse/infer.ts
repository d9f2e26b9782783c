import { sectionSpec } from '../format';
import type { SectionNode, TableRegion } from '../model';
import type { LineInfo } from './lines';

/**
 * A section whose heading was lost (PDF-to-Markdown tools drop headings next to tables)
 * is inferred from its content: for 五, the first prose line after table 四 that speaks of
 * 问题, before section 六. The section is marked inferred, and rule section-heading asks for
 * the heading instead of section-missing claiming the content is absent.
 */
export function inferMissingSections(
  lines: readonly LineInfo[],
  sections: readonly SectionNode[],
  regions: readonly TableRegion[],
  lastLine: number,
): readonly SectionNode[] {
  if (sections.some((s) => s.spec.id === 's5')) return sections;
  const s4 = sections.find((s) => s.spec.id === 's4');
  const s6 = sections.find((s) => s.spec.id === 's6');
  const t4 = regions.find((r) => r.sectionId === 's4');
  if (!s4 || !s6 || !t4 || s6.firstLine <= s4.firstLine) return sections;
  const stop = s6.heading ? s6.heading.line : s6.firstLine;
  for (let l = t4.lastLine + 1; l < stop; l++) {
    const info = lines[l];
    if ((info.kind === 'text' || info.kind === 'heading') && /问题/.test(info.content)) {
      const spec = sectionSpec('s5')!;
      const inferred: SectionNode = { spec, firstLine: l, lastLine: stop - 1, inferred: true };
      const out = sections.map((s) => (s.spec.id === 's4' ? { ...s, lastLine: l - 1 } : s));
      out.splice(out.indexOf(out.find((s) => s.spec.id === 's4')!) + 1, 0, inferred);
      return out;
    }
  }
  void lastLine;
  return sections;
}
