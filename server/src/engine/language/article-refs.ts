import type { Paragraph, ReportModel } from '../model';
import { paragraphSpan } from '../parse/prose';
import { chineseNumeral } from '../text/normalize';
import type { Span } from '../text/source';
import type { LawLocation } from './law';

/**
 * References to articles of the 条例 in the prose: 「第二十条第（一）项」, 「《条例》第四十九条」,
 * 「第十六条第一款」, 「第二十条第（一）（五）（六）（八）项」. A reference right after the title
 * of another document (《行政许可法》第三十条, 《办法》第四条) is about that document, not
 * the 条例, and is left alone.
 */

export interface ArticleReference {
  /** The reference as written, including a leading 《条例》 when present. */
  readonly span: Span;
  readonly text: string;
  /** One location per item named (「第（一）（五）项」 names two); at least one. */
  readonly locations: readonly LawLocation[];
}

const NUM = '[一二三四五六七八九十百]+';
const REGULATIONS_TITLE = '《(?:中华人民共和国)?政府信息公开条例》|《条例》';
const REFERENCE = new RegExp(
  `(?<title>${REGULATIONS_TITLE})?第(?<article>${NUM})条(?:第(?<paragraph>${NUM})款)?(?<items>第?(?:[（(]${NUM}[)）][、，,]?)+项?)?`,
  'g',
);
const ITEM = new RegExp(`[（(](${NUM})[)）]`, 'g');
/** A document title directly before the reference: the reference belongs to that document. */
const OTHER_TITLE_BEFORE = /《([^《》]{1,40})》\s*$/;

export function findArticleReferences(model: ReportModel): ArticleReference[] {
  const out: ArticleReference[] = [];
  for (const p of model.paragraphs) out.push(...referencesIn(p));
  return out;
}

function referencesIn(p: Paragraph): ArticleReference[] {
  const out: ArticleReference[] = [];
  // Cheap test first: most paragraphs cite nothing.
  if (!p.text.includes('条')) return out;
  REFERENCE.lastIndex = 0;
  for (const m of p.text.matchAll(REFERENCE)) {
    const groups = m.groups!;
    const start = m.index!;
    if (!groups.title) {
      const before = OTHER_TITLE_BEFORE.exec(p.text.slice(Math.max(0, start - 42), start));
      if (before && !/政府信息公开条例|^条例$/.test(before[1])) continue;
    }
    const article = chineseNumeral(groups.article);
    if (article === undefined || article === 0) continue;
    const paragraph = groups.paragraph ? chineseNumeral(groups.paragraph) : undefined;
    let text = m[0];
    const items = groups.items ? [...groups.items.matchAll(ITEM)].map((i) => chineseNumeral(i[1])).filter((n): n is number => n !== undefined && n > 0) : [];
    // 「第二十条（一）」 without 第…项 is still an item reference; a bare trailing 「、」 is not part of it.
    text = text.replace(/[、，,]$/, '');
    const locations: LawLocation[] = items.length > 0 ? items.map((item) => ({ article, paragraph, item })) : [{ article, paragraph }];
    out.push({ span: paragraphSpan(p, start, start + text.length), text, locations });
  }
  return out;
}
