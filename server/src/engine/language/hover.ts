import type { CellNode } from '../model';
import type { Range, Span } from '../text/source';
import { canonicalNumber, usableValue } from '../text/numbers';
import { citationTitle, citationTitleEn, quoteItems, quoteLines, quoteMarkdown, regulationsName } from './law';
import type { ArticleReference } from './article-refs';
import { columnGroupHover, columnHover, rowHover, sectionHover, tableHover } from './hover-content';
import type { CheckedClaim, LanguageIndex } from './language-index';
import { escapeMarkdown, paragraphs, RULE } from './markdown';
import { crossYearHover } from './cross-year-hover';
import { computationLine, holds, namesLine, unreadableTerms, type TotalView } from './totals';
import type { TableToken } from './table-tokens';
import { toChineseNumeral } from '../text/normalize';
import { FRONT_MATTER_DOCS, isFrontMatterKey } from '../parse/frontmatter';
import { pick, type Lang } from './types';

export interface HoverResult {
  /** Markdown. */
  readonly markdown: string;
  readonly span: Span;
  readonly range: Range;
}

const inside = (span: Span, offset: number) => offset >= span.start && offset < span.end;

/**
 * The hover at a document offset: a total cell's computation, a row label's or column
 * header's meaning and legal basis, a section's requirements, a checked prose figure's
 * table cell, or the text of a cited article. Undefined where there is nothing to explain.
 */
export function hoverAt(index: LanguageIndex, offset: number, lang: Lang): HoverResult | undefined {
  const found =
    both(totalHover(index, offset, lang), crossYearHover(index, offset, lang)) ??
    tokenHover(index, offset, lang) ??
    sectionHeadingHover(index, offset, lang) ??
    claimHover(index, offset, lang) ??
    referenceHover(index, offset, lang) ??
    frontMatterHover(index, offset, lang);
  if (!found) return undefined;
  return { ...found, range: index.model.source.rangeOf(found.span) };
}

type Found = { markdown: string; span: Span };

/** A cell that is both a total and carried over from last year shows both computations. */
function both(a: Found | undefined, b: Found | undefined): Found | undefined {
  return a && b ? { markdown: a.markdown + RULE + b.markdown, span: a.span } : (a ?? b);
}

function totalHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  for (const table of index.model.tables.values()) {
    for (const row of table.rows) {
      if (offset < row.figuresSpan.start || offset > row.figuresSpan.end) continue;
      for (const cell of row.cells) {
        if (!inside(cell.span, offset)) continue;
        const view = index.totals.get(cell);
        if (view) return { markdown: totalMarkdown(index, view, lang), span: cell.span };
      }
    }
  }
  return undefined;
}

function totalMarkdown(index: LanguageIndex, view: TotalView, lang: Lang): string {
  const blocks: string[] = [];
  const written = usableValue(view.cell.parsed);
  for (const eq of view.evaluated) {
    const title = `**${escapeMarkdown(eq.scope[lang])}**：${escapeMarkdown(namesLine(eq))}`;
    let verdict: string | undefined;
    if (!holds(eq)) {
      const culprit = index.analysis.arithmetic.culprits.find((c) => c.equations.includes(eq) && c.cell !== view.cell);
      verdict = culprit
        ? pick(
            lang,
            `表中为 ${canonicalNumber(written!)}。错误更可能在「${culpritName(eq, culprit.cell)}」：它应为 ${canonicalNumber(culprit.expected)}（改正它可使 ${culprit.equations.length} 个等式同时平衡）。`,
            `The table says ${canonicalNumber(written!)}. The error is more likely in 「${culpritName(eq, culprit.cell)}」: it should be ${canonicalNumber(culprit.expected)} (that one change balances ${culprit.equations.length} equations).`,
          )
        : pick(lang, `表中为 ${canonicalNumber(written!)}，应为计算值。`, `The table says ${canonicalNumber(written!)}; it should be the computed value.`);
    }
    blocks.push(paragraphs(title, computationLine(eq), verdict));
  }
  for (const eq of view.unevaluable) {
    blocks.push(paragraphs(`**${escapeMarkdown(eq.scope[lang])}**：${escapeMarkdown(namesLine(eq))}`, unreadableTerms(eq, lang)));
  }
  return blocks.join('\n\n');
}

function culpritName(eq: { terms: readonly { cell: CellNode; name: string }[] }, cell: CellNode): string {
  return eq.terms.find((t) => t.cell === cell)?.name ?? cell.column.label;
}

function tokenHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  const token = index.tableTokens.find((t) => inside(t.span, offset));
  return token ? { markdown: tokenMarkdown(token, lang), span: token.span } : undefined;
}

function tokenMarkdown(token: TableToken, lang: Lang): string {
  switch (token.kind) {
    case 'row':
      return rowHover(token.table.spec, token.row, token.node, lang);
    case 'column':
      return columnHover(token.table.spec, token.column, lang);
    case 'column-group':
      return columnGroupHover(token.table.spec, token.group, lang);
    case 'table':
      return tableHover(token.table, lang);
  }
}

function sectionHeadingHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  const section = index.model.sections.find((s) => s.heading && inside(s.heading.span, offset));
  if (!section?.heading) return undefined;
  return { markdown: sectionHover(section, index.model.format.version, lang), span: section.heading.span };
}

function claimHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  const checked = index.claims.find((c) => inside(c.claim.span, offset));
  return checked ? { markdown: claimMarkdown(checked, lang), span: checked.claim.span } : undefined;
}

function claimMarkdown({ claim, readings }: CheckedClaim, lang: Lang): string {
  const phrase = escapeMarkdown(claim.phrase);
  const title =
    claim.kind === 'all-concluded'
      ? pick(lang, `**正文称“${phrase}”**（即没有结转下年度的申请）`, `**The text says “${phrase}”** (nothing carried into next year)`)
      : pick(lang, `**正文数字 ${claim.value}**（“${phrase}”）`, `**Figure ${claim.value} in the text** (“${phrase}”)`);
  if (readings.length === 0) {
    return paragraphs(title, pick(lang, '统计表中没有可比较的数字。', 'No table figure to compare it with.'));
  }
  const agrees = (r: (typeof readings)[number]) => r.value === claim.value || (r.alternatives ?? []).includes(claim.value);
  const list = readings.map((r) => `- ${escapeMarkdown(r.name[lang])}：${canonicalNumber(r.value)} ${agrees(r) ? '✓' : '✗'}`).join('\n');
  const verdict = readings.some(agrees)
    ? pick(lang, '与统计表一致。', 'Agrees with the tables.')
    : pick(lang, '与统计表不一致（规则 text-table-mismatch）。', 'Disagrees with the tables (rule text-table-mismatch).');
  return paragraphs(title, pick(lang, '可对应统计表中的：', 'May stand for these table figures:'), list, verdict);
}

function referenceHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  const ref = index.articleReferences.find((r) => inside(r.span, offset));
  return ref ? { markdown: referenceMarkdown(ref, lang), span: ref.span } : undefined;
}

function referenceMarkdown(ref: ArticleReference, lang: Lang): string {
  const first = ref.locations[0];
  const items = ref.locations.map((l) => l.item).filter((i): i is number => i !== undefined);
  const zhTitle = items.length > 1 ? `${citationTitle({ article: first.article, paragraph: first.paragraph })}第${items.map((i) => `（${toChineseNumeral(i)}）`).join('')}项` : citationTitle(first);
  const title = lang === 'zh' ? `**条例${zhTitle}**` : `**${citationTitleEn(items.length > 1 ? { article: first.article, paragraph: first.paragraph } : first)}${items.length > 1 ? `, items ${items.map((i) => `(${i})`).join('')}` : ''} (条例${zhTitle})**`;
  const lines = items.length > 1 ? quoteItems(first.article, first.paragraph, items) : quoteLines(first);
  if (!lines) {
    return paragraphs(
      title,
      pick(lang, '本扩展只收录与年度报告有关的条文，没有这一条（款、项）的原文。', 'Only the articles relevant to the annual report are included; this one (or this paragraph or item) is not.'),
      `_${regulationsName(lang)}_`,
    );
  }
  return paragraphs(title, quoteMarkdown(lines), `_${regulationsName(lang)}_`);
}

/** A front-matter key: what it means (FRONT_MATTER_DOCS). */
function frontMatterHover(index: LanguageIndex, offset: number, lang: Lang): Found | undefined {
  const fm = index.model.frontMatter;
  if (!fm) return undefined;
  for (const [key, line] of Object.entries(fm.keySpans)) {
    if (!isFrontMatterKey(key)) continue;
    const at = index.model.source.text.indexOf(key, line.start);
    const span = { start: at, end: at + key.length };
    if (at >= 0 && at < line.end && inside(span, offset)) {
      return { markdown: paragraphs(`**${key}**`, escapeMarkdown(FRONT_MATTER_DOCS[key][lang])), span };
    }
  }
  return undefined;
}
