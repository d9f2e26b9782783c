/**
 * Invariants whose fix is still to land (defects the fuzzing found in code another engineer is
 * rewriting). While an item is listed here, the one check it breaks is left out; everything else
 * runs. The list must be empty when the work is done: every property runs in full in `npm test`.
 */
export const PENDING = new Set<string>([
  // Table readers: a pdftotext label wrapped around its figures (「一、本年新收政府」 / figures /
  // 「信息公开申请数量」) is read as a row of one figure since the one-cell-per-line reader (07f92ac).
  'wrapped labels',
]);
