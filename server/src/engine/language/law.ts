import type { LegalRef } from '../format';
import { ARTICLES } from '../law/articles.generated';
import type { Article, Paragraph } from '../law/types';
import { toChineseNumeral } from '../text/normalize';
import { escapeMarkdown } from './markdown';
import { pick, type Lang } from './types';

/**
 * Citing and quoting the 政府信息公开条例. Every quote is cut out of ARTICLES (generated from
 * law.md) and never reworded: a paragraph (款) or an item (项) is quoted as it stands, and an
 * item is preceded by its paragraph's lead-in so it reads as the statute does.
 */

/** Where in the 条例 a reference points. Paragraph and item are 1-based, as the statute counts. */
export interface LawLocation {
  readonly article: number;
  readonly paragraph?: number;
  readonly item?: number;
}

const BY_NUMBER: ReadonlyMap<number, Article> = new Map(ARTICLES.map((a) => [a.number, a]));

export function articleByNumber(n: number): Article | undefined {
  return BY_NUMBER.get(n);
}

/** 第十六条第一款, 第三十六条第（七）项, 第五十条第一款第（四）项 (the 款 only when the reference names it). */
export function citationTitle(ref: LawLocation): string {
  let out = `第${toChineseNumeral(ref.article)}条`;
  if (ref.paragraph !== undefined) out += `第${toChineseNumeral(ref.paragraph)}款`;
  if (ref.item !== undefined) out += `第（${toChineseNumeral(ref.item)}）项`;
  return out;
}

/** Art. 16, para. 1 / Art. 36, item (7): the English name, always shown with the Chinese one. */
export function citationTitleEn(ref: LawLocation): string {
  let out = `Art. ${ref.article}`;
  if (ref.paragraph !== undefined) out += `, para. ${ref.paragraph}`;
  if (ref.item !== undefined) out += `, item (${ref.item})`;
  return out;
}

/** The quoted statute text of a reference, one string per paragraph or item; undefined when the statute has no such place. */
export function quoteLines(ref: LawLocation): string[] | undefined {
  const article = BY_NUMBER.get(ref.article);
  if (!article) return undefined;
  if (ref.item !== undefined) {
    const paragraph = ref.paragraph !== undefined ? article.paragraphs[ref.paragraph - 1] : article.paragraphs.find((p) => p.items.length >= ref.item!);
    const item = paragraph?.items[ref.item - 1];
    if (!paragraph || item === undefined) return undefined;
    // The lead-in says what the item is an item of; 「……」 marks the items left out in between.
    return ref.item > 1 ? [paragraph.text, '……', item] : [paragraph.text, item];
  }
  if (ref.paragraph !== undefined) {
    const paragraph = article.paragraphs[ref.paragraph - 1];
    return paragraph ? paragraphLines(paragraph) : undefined;
  }
  return article.paragraphs.flatMap(paragraphLines);
}

/**
 * Several items of one article and paragraph (「第二十条第（一）（五）（六）（八）项」): the lead-in
 * once, then each item, with 「……」 where items are left out.
 */
export function quoteItems(article: number, paragraph: number | undefined, items: readonly number[]): string[] | undefined {
  const lines: string[] = [];
  let previous = 0;
  for (const item of [...new Set(items)].sort((a, b) => a - b)) {
    const quoted = quoteLines({ article, paragraph, item });
    if (!quoted) return undefined;
    if (lines.length === 0) lines.push(quoted[0]);
    if (item > previous + 1) lines.push('……');
    lines.push(quoted[quoted.length - 1]);
    previous = item;
  }
  return lines.length > 0 ? lines : undefined;
}

function paragraphLines(p: Paragraph): string[] {
  return [p.text, ...p.items];
}

/** The statute text as a Markdown block quote, paragraphs and items on lines of their own. */
export function quoteMarkdown(lines: readonly string[]): string {
  return lines.map((l) => `> ${escapeMarkdown(l)}`).join('\n>\n');
}

const REGULATIONS = { zh: '《中华人民共和国政府信息公开条例》（2019年修订）', en: 'Regulations on the Disclosure of Government Information (2019 revision)' };

/** The full name of the 条例, for a footer under quotes. */
export function regulationsName(lang: Lang): string {
  return pick(lang, `条例：${REGULATIONS.zh}`, `Regulations: ${REGULATIONS.en}, ${REGULATIONS.zh}`);
}

/**
 * A legal basis from the format data as Markdown: 「**依据：条例第十六条第一款**」 (or 参见, as the
 * data says) and the article text quoted below it.
 */
export function legalRefMarkdown(ref: LegalRef, lang: Lang): string {
  const zhTitle = citationTitle(ref);
  const relation = ref.relation === 'basis' ? pick(lang, '依据', 'Basis') : pick(lang, '参见', 'See also');
  const heading = lang === 'zh' ? `**${relation}：条例${zhTitle}**` : `**${relation}: ${citationTitleEn(ref)} (条例${zhTitle})**`;
  const lines = quoteLines(ref);
  if (!lines) return `${heading}\n\n${pick(lang, '（本扩展未收录该条文。）', '(The text of this article is not included.)')}`;
  return `${heading}\n\n${quoteMarkdown(lines)}`;
}
