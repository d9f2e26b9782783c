import type { LineForm, StrayLine } from '../../model';
import type { LineInfo } from '../lines';
import type { Family, FamilyResult, PlacedRow } from './extract';

/** Why a family's tables are not canonical pipe tables (rule table-pasted), or undefined when they are. */
export function pastedReason(
  placed: readonly PlacedRow[],
  strays: readonly StrayLine[],
  lines: readonly LineInfo[],
  family: Family,
): FamilyResult['pastedReason'] {
  const forms = new Set<LineForm>(placed.map((p) => p.entry.form));
  if (forms.has('stream')) return 'cells';
  if (forms.has('tab')) return 'tab';
  if (forms.has('space')) return 'space';
  if (forms.has('kv')) return 'kv';
  // A pipe row that fits no official row (rule row-unknown) or holds too few or too many
  // figures (rule column-count) is a fault of its own, not a sign the table was pasted.
  if (strays.some((s) => lines[s.line].kind !== 'row' || lines[s.line].form !== 'pipe')) return 'fragments';
  for (const p of placed) {
    const m = p.node.label.match;
    if (p.entry.labelCells.length > 1 || m === 'fragment' || m === 'context' || (m === 'position' && family !== 't4')) return 'fragments';
    if (!p.node.columnCount && p.entry.figures.length !== p.node.table.columns.length && !(family === 't4' && p.node.label.match === 'position')) return 'fragments';
  }
  // Each table must be one run of pipe lines that opens with a header and a delimiter row.
  const byTable = new Map<string, number[]>();
  for (const p of placed) {
    const list = byTable.get(p.node.table.id) ?? [];
    list.push(p.entry.line);
    byTable.set(p.node.table.id, list);
  }
  // A comment line (a suppression directive) between the rows is not part of the table's form.
  const isComment = (l: number) => lines[l].kind === 'comment';
  for (const rowsAt of byTable.values()) {
    let lo = Math.min(...rowsAt);
    const hi = Math.max(...rowsAt);
    for (let l = lo; l <= hi; l++) if (lines[l].kind !== 'row' && lines[l].kind !== 'delimiter' && !isComment(l)) return 'fragments';
    let headerDelimiters = 0;
    for (let l = lo; l <= hi; l++) if (lines[l].kind === 'delimiter') headerDelimiters++;
    if (headerDelimiters > 0) return 'fragments';
    while (lo > 0 && isComment(lo - 1)) lo--;
    if (lo < 2 || lines[lo - 1].kind !== 'delimiter' || lines[lo - 2].kind !== 'row') return 'fragments';
  }
  return undefined;
}
