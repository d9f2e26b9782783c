/**
 * Invariants whose fix another engineer is landing (known items of issue 9). While an item is
 * listed here, the one check it breaks is left out; everything else runs. The list must be
 * empty when the work is done: every property runs in full in `npm test`.
 */
export const PENDING = new Set<string>([
  // robust: cell-empty and fix-all are quadratic on big blank tables.
  'item 2',
  // robust: the renderer's CJK line join is quadratic in a paragraph's lines.
  'item 3',
  // robust: completion in leading whitespace returns a reversed range.
  'item 4',
  // robust: fix-all and source.fixAll edit prose figures (text-table-mismatch's preferred fix).
  'item 13',
  // layouts: a pdftotext table 四 whose block labels wrap around their figures loses a row.
  'wrapped 表四 labels',
]);
