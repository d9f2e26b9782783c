import { ALIGNED_TABLE_MAX_WIDTH } from '../canonical/canonical';
import { displayWidth } from '../text/width';
import type { Span } from '../text/source';
import { TABLE_LAYOUT_KIND, wantsKind, type CodeActionEntry } from './code-actions';
import { relaidTable } from './formatting';
import type { LanguageIndex } from './language-index';
import { pick, type Lang } from './types';

/**
 * Rewriting the table under the cursor in the other layout (README, wide tables in the text
 * editor). govreport writes a table too wide to align compact, and the formatter keeps whichever
 * layout a table has; so a report written aligned before (the example, an older draft, a
 * colleague's file) would keep its table 三 wrapped into fragments. This refactoring turns such a
 * table compact, and a compact table aligned again for whoever prefers it. It is offered only
 * where it helps: compact for an aligned table wider than the editor beside the preview, aligned
 * for any compact table. One edit of the table's lines; the figures and the check are unchanged.
 */
export function tableLayoutActions(index: LanguageIndex, request: { readonly span: Span; readonly only?: readonly string[]; readonly lang: Lang }): CodeActionEntry[] {
  if (!wantsKind(request.only, TABLE_LAYOUT_KIND)) return [];
  const src = index.model.source;
  const line = src.lineAt(request.span.start);
  const current = relaidTable(index.model, line, 'aligned');
  if (!current) return [];
  const { block, written } = current;
  const writtenLines = Array.from({ length: block.last - block.first + 1 }, (_, i) => src.lineText(block.first + i));
  const tooWide = writtenLines.some((l) => displayWidth(l) > ALIGNED_TABLE_MAX_WIDTH);
  if (written === 'aligned' && !tooWide) return [];
  const target = written === 'aligned' ? 'compact' : 'aligned';
  const relaid = target === 'aligned' ? current : relaidTable(index.model, line, 'compact');
  if (!relaid || relaid.lines.every((l, i) => l === writtenLines[i])) return [];
  const span = { start: src.lineStarts[block.first], end: src.lineEnd(block.last) };
  const title =
    target === 'compact'
      ? pick(request.lang, '将此表格改写为紧凑格式（行更短，自动换行时不再断成碎片）', 'Write this table compact (shorter rows that do not wrap into fragments)')
      : pick(request.lang, '将此表格改写为按列对齐', 'Write this table with aligned columns');
  return [{ title, kind: TABLE_LAYOUT_KIND, edits: [{ span, range: src.rangeOf(span), newText: relaid.lines.join(src.eol) }] }];
}
