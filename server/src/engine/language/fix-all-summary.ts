import type { Bilingual } from '../format/schema';

/**
 * What fix-all changed, reported after it is applied: the fix-all code action carries this as
 * the argument of a server command that shows the message (so any LSP client shows it, and
 * VS Code runs it right after applying the edit — from the Fix All command and on save alike).
 */
export const FIX_ALL_SUMMARY_COMMAND = 'govreport.server.fixAllSummary';

export interface FixAllSummary {
  /** Fixes applied. */
  readonly fixed: number;
  /** The same by rule id, in the order to report them. */
  readonly byRule: Readonly<Record<string, number>>;
}

/** 「已修复 12 处：cell-empty 5，table3-row-total 7」 / "Fixed 12 problems: cell-empty 5, table3-row-total 7". */
export function fixAllSummaryMessage({ fixed, byRule }: FixAllSummary): Bilingual {
  const parts = Object.entries(byRule).map(([rule, n]) => `${rule} ${n}`);
  return {
    zh: `已修复 ${fixed} 处：${parts.join('，')}`,
    en: `Fixed ${fixed} ${fixed === 1 ? 'problem' : 'problems'}: ${parts.join(', ')}`,
  };
}

/** A summary as it comes back from a client (untrusted JSON). */
export function isFixAllSummary(value: unknown): value is FixAllSummary {
  if (typeof value !== 'object' || value === null) return false;
  const { fixed, byRule } = value as Record<string, unknown>;
  if (!Number.isInteger(fixed) || typeof byRule !== 'object' || byRule === null) return false;
  return Object.values(byRule).every((n) => Number.isInteger(n));
}
