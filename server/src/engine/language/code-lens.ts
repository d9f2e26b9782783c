import type { Diagnostic } from '../check/run';
import type { Range } from '../text/source';
import type { LanguageIndex } from './language-index';
import type { TableExtent } from './tables';
import { holds } from './totals';
import { pick, type Lang } from './types';

/** The client command that opens the rendered report beside the editor (argument: the document URI). */
export const PREVIEW_COMMAND = 'govreport.showPreviewToSide';

export interface CodeLensEntry {
  readonly range: Range;
  readonly title: string;
  /** An empty id makes the lens a label that cannot be clicked. */
  readonly command: { readonly id: string; readonly arguments: readonly unknown[] };
}

/**
 * Above each statutory table: its status (「表三：2 处错误」, or 「✓ 勾稽关系平衡」 when every
 * total of tables 三 and 四 adds up and nothing is wrong), and a lens that opens the preview.
 * Counts the diagnostics given (as published, settings applied) that start inside the table.
 */
export function codeLenses(index: LanguageIndex, diagnostics: readonly Diagnostic[], lang: Lang, documentUri: string): CodeLensEntry[] {
  const src = index.model.source;
  const out: CodeLensEntry[] = [];
  for (const extent of index.extents) {
    const range = src.rangeOf(src.lineSpan(extent.firstLine));
    out.push({ range, title: statusTitle(index, extent, diagnostics, lang), command: { id: '', arguments: [] } });
    out.push({ range, title: pick(lang, '打开预览', 'Open preview'), command: { id: PREVIEW_COMMAND, arguments: [documentUri] } });
  }
  return out;
}

function statusTitle(index: LanguageIndex, extent: TableExtent, diagnostics: readonly Diagnostic[], lang: Lang): string {
  const name = extent.table.spec.name[lang];
  const mine = diagnostics.filter((d) => d.range.start.line >= extent.firstLine && d.range.start.line <= extent.lastLine);
  const count = (s: Diagnostic['severity']) => mine.filter((d) => d.severity === s).length;
  const parts: string[] = [];
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('info') + count('hint');
  if (errors) parts.push(pick(lang, `${errors} 处错误`, `${errors} error${errors > 1 ? 's' : ''}`));
  if (warnings) parts.push(pick(lang, `${warnings} 处警告`, `${warnings} warning${warnings > 1 ? 's' : ''}`));
  if (notes) parts.push(pick(lang, `${notes} 条提示`, `${notes} note${notes > 1 ? 's' : ''}`));
  if (errors || warnings) return `${name}${pick(lang, '：', ': ')}${parts.join(pick(lang, '，', ', '))}`;
  const lines = index.model.source.linesSpan(extent.firstLine, extent.lastLine);
  const equations = [...index.totals.values()].filter((v) => v.cell.span.start >= lines.start && v.cell.span.end <= lines.end);
  const balanced = equations.length > 0 && equations.every((v) => v.unevaluable.length === 0 && v.evaluated.every(holds));
  const status = balanced ? pick(lang, '✓ 勾稽关系平衡', '✓ totals balance') : pick(lang, '✓ 未发现问题', '✓ no problems');
  return `${name}${pick(lang, '：', ': ')}${[status, ...parts].join(pick(lang, '，', ', '))}`;
}
