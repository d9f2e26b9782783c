import type { Rule } from './types';
import { rule as table3RowTotal } from './table3-row-total';
import { rule as table3ResultsTotal } from './table3-results-total';
import { rule as table3Balance } from './table3-balance';
import { rule as table4Total } from './table4-total';
import { rule as cellEmpty } from './cell-empty';
import { rule as cellNotNumber } from './cell-not-number';
import { rule as cellNegative } from './cell-negative';
import { rule as cellNotInteger } from './cell-not-integer';
import { rule as cellUnreadable } from './cell-unreadable';
import { rule as cellTooManyDigits } from './cell-too-many-digits';
import { rule as cellNumberStyle } from './cell-number-style';
import { rule as sectionMissing } from './section-missing';
import { rule as sectionOrder } from './section-order';
import { rule as sectionHeading } from './section-heading';
import { rule as tableMissing } from './table-missing';
import { rule as rowMissing } from './row-missing';
import { rule as rowLabel } from './row-label';
import { rule as rowUnknown } from './row-unknown';
import { rule as rowDuplicate } from './row-duplicate';
import { rule as columnCount } from './column-count';
import { rule as tablePasted } from './table-pasted';
import { rule as pageLeftover } from './page-leftover';
import { rule as textTableMismatch } from './text-table-mismatch';
import { rule as textPercentageMismatch } from './text-percentage-mismatch';
import { rule as formatOutdated } from './format-outdated';
import { rule as formatCitation } from './format-citation';
import { rule as outlineOutdated } from './outline-outdated';
import { rule as frontMatter } from './front-matter';
import { rule as previousUnreadable } from './previous-unreadable';
import { rule as yearMismatch } from './year-mismatch';
import { rule as periodInvalid } from './period-invalid';
import { rule as publishDate } from './publish-date';
import { rule as partsCount } from './parts-count';
import { rule as sectionEmpty } from './section-empty';
import { rule as feeNotReported } from './fee-not-reported';
import { rule as governmentEvaluation } from './government-evaluation';
import { rule as ruleMakingPower } from './rule-making-power';
import { rule as carryOverMismatch } from './carry-over-mismatch';
import { rule as stockMismatch } from './stock-mismatch';
import { rule as copiedText } from './copied-text';

/**
 * Every rule, in order of specificity: when two rules speak of the same cell, the one
 * listed first is reported (see Finding.subject). The order is also the documentation order.
 */
export const RULES: readonly Rule[] = [
  table3RowTotal,
  table3ResultsTotal,
  table3Balance,
  table4Total,
  cellEmpty,
  cellNotNumber,
  cellNegative,
  cellNotInteger,
  cellUnreadable,
  cellTooManyDigits,
  cellNumberStyle,
  sectionMissing,
  sectionOrder,
  sectionHeading,
  tableMissing,
  rowMissing,
  rowLabel,
  rowUnknown,
  rowDuplicate,
  columnCount,
  tablePasted,
  pageLeftover,
  frontMatter,
  previousUnreadable,
  formatOutdated,
  formatCitation,
  outlineOutdated,
  textTableMismatch,
  textPercentageMismatch,
  yearMismatch,
  periodInvalid,
  publishDate,
  partsCount,
  sectionEmpty,
  feeNotReported,
  governmentEvaluation,
  ruleMakingPower,
  carryOverMismatch,
  stockMismatch,
  copiedText,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
