import { carriedFigures, stockFigures } from '../analysis/cross-year';
import { CARRY_OVER, STOCK, tableSpec } from '../format';
import type { CellNode } from '../model';
import type { Span } from '../text/source';
import { canonicalNumber } from '../text/numbers';
import type { LanguageIndex } from './language-index';
import { escapeMarkdown, paragraphs } from './markdown';
import { pick, type Lang } from './types';

/**
 * The hover on a figure that follows from last year's report (format/cross-year.ts), when last
 * year's report is known: 二、上年结转 beside last year's 四、结转下年度继续办理, and 现行有效件数 as
 * last year's + issued − repealed. The same figures rules carry-over-mismatch and
 * stock-mismatch judge (analysis/cross-year.ts).
 */
export function crossYearHover(index: LanguageIndex, offset: number, lang: Lang): { markdown: string; span: Span } | undefined {
  const previous = index.previous;
  if (!previous) return undefined;
  const hit = (cell: CellNode) => offset >= cell.span.start && offset <= cell.span.end;
  const carried = carriedFigures(index.model, previous).find((f) => hit(f.cell));
  if (carried) return { markdown: carriedMarkdown(carried.cell, carried.now, carried.then, lang), span: carried.cell.span };
  const stock = stockFigures(index.model, previous).find((f) => hit(f.cell));
  if (stock) return { markdown: stockMarkdown(stock, lang), span: stock.cell.span };
  return undefined;
}

const T3 = tableSpec('2021', CARRY_OVER.table)!;
const T2_1 = tableSpec('2021', STOCK.table)!;
const rowLabel = (id: string) => T3.rows.find((r) => r.id === id)!.label;
const columnLabel = (id: string) => T2_1.columns.find((c) => c.id === id)!.label;
const figure = (n: number | undefined) => (n === undefined ? '?' : canonicalNumber(n));
const verdict = (now: number | undefined, expected: number | undefined) => (now === undefined || expected === undefined ? '' : now === expected ? ' ✓' : ' ✗');

function carriedMarkdown(cell: CellNode, now: number | undefined, then: number | undefined, lang: Lang): string {
  const column = escapeMarkdown(cell.column.label);
  const title = pick(
    lang,
    `**「${rowLabel(CARRY_OVER.row)}」「${column}」= 上年报告「${rowLabel(CARRY_OVER.from)}」「${column}」**`,
    `**「${rowLabel(CARRY_OVER.row)}」「${column}」= last year's 「${rowLabel(CARRY_OVER.from)}」「${column}」**`,
  );
  const line = pick(lang, `上年：${figure(then)} · 本年：${figure(now)}${verdict(now, then)}`, `Last year: ${figure(then)} · this year: ${figure(now)}${verdict(now, then)}`);
  const note =
    then === undefined
      ? pick(lang, '上年报告中这一格没有可用的数字。', "Last year's report has no usable figure in this cell.")
      : now === undefined
        ? pick(lang, `应填 ${figure(then)}。`, `Should be ${figure(then)}.`)
        : undefined;
  return paragraphs(title, line, note);
}

function stockMarkdown(s: ReturnType<typeof stockFigures>[number], lang: Lang): string {
  const [stock, plus, minus] = [columnLabel(STOCK.column), columnLabel(STOCK.plus), columnLabel(STOCK.minus)];
  const title = pick(
    lang,
    `**「${escapeMarkdown(s.row.spec.label)}」${stock}**：上年${stock} + ${plus} − ${minus}`,
    `**「${escapeMarkdown(s.row.spec.label)}」${stock}**: last year's ${stock} + ${plus} − ${minus}`,
  );
  const computed = s.expected === undefined ? '?' : canonicalNumber(s.expected);
  const line = `${figure(s.then)} + ${figure(s.plus)} − ${figure(s.minus)} = ${computed}${verdict(s.now, s.expected)}`;
  const missing = [s.then === undefined ? pick(lang, `上年${stock}`, `last year's ${stock}`) : undefined, s.plus === undefined ? plus : undefined, s.minus === undefined ? minus : undefined].filter(
    (x): x is string => x !== undefined,
  );
  const note =
    missing.length > 0
      ? pick(lang, `无法计算：${missing.map((m) => `「${m}」`).join('、')}没有可用的数字。`, `Cannot be computed: ${missing.map((m) => `「${m}」`).join(', ')} hold no usable figure.`)
      : s.now !== undefined && s.now !== s.expected
        ? pick(lang, `表中为 ${canonicalNumber(s.now)}（有效期届满自然失效等可以解释差额，规则 stock-mismatch 只作提示）。`, `The table says ${canonicalNumber(s.now)} (expiry can explain a difference; rule stock-mismatch is a notice only).`)
        : undefined;
  return paragraphs(title, line, note);
}
