import type { Publication, PublicationStatus } from '../domain/deadline';
import type { Bilingual } from '../format/schema';
import type { Lang } from '../language/types';
import { formatDate } from '../text/dates';
import type { Chain, ChainStatus } from './facts';

/** The words of the audit views (tree, dashboard, CLI summary and page), in both languages. */

export const PUBLICATION_WORDS: Readonly<Record<PublicationStatus, Bilingual>> = {
  'not-published': { zh: '未公布', en: 'not published' },
  early: { zh: '早于年度结束', en: 'too early' },
  'on-time': { zh: '按期', en: 'on time' },
  late: { zh: '逾期', en: 'late' },
  'no-deadline': { zh: '无法定期限', en: 'no deadline' },
  unknown: { zh: '无法判断', en: 'undetermined' },
};

export const CHAIN_WORDS: Readonly<Record<ChainStatus, Bilingual>> = {
  linked: { zh: '已衔接', en: 'linked' },
  broken: { zh: '中断', en: 'broken' },
  missing: { zh: '缺少上年报告', en: 'missing' },
};

/** One line: the date, the status and the deadline it was judged against. */
export function describePublication(p: Publication, lang: Lang): string {
  const date = p.published && formatDate(p.published, lang);
  const deadline = p.deadline && formatDate(p.deadline, lang);
  const zh = lang === 'zh';
  switch (p.status) {
    case 'not-published':
      return zh ? `未公布（没有公布日期）${deadline ? `，期限 ${deadline}` : ''}` : `not published (no publication date)${deadline ? `; deadline ${deadline}` : ''}`;
    case 'early':
      return zh ? `${date} 公布，早于报告年度结束` : `published ${date}, before the report year ended`;
    case 'on-time':
      return zh ? `${date} 公布，按期（期限 ${deadline}）` : `published ${date}, on time (deadline ${deadline})`;
    case 'late':
      return zh ? `${date} 公布，逾期（期限 ${deadline}，条例第四十九条）` : `published ${date}, late (deadline ${deadline}, Art. 49)`;
    case 'no-deadline':
      return zh ? `${date} 公布（条例第四十九条对此类机关未规定期限）` : `published ${date} (Art. 49 sets no deadline for this body)`;
    case 'unknown':
      return zh ? `${date} 公布（报告年度或机关类型不明，无法判断是否按期）` : `published ${date} (report year or kind of body unknown: cannot judge)`;
  }
}

export function describeChain(chain: Chain, lang: Lang, previous?: string): string {
  const zh = lang === 'zh';
  switch (chain.status) {
    case 'linked':
      return zh ? `已衔接上年报告${previous ? `：${previous}` : ''}` : `linked to last year's report${previous ? `: ${previous}` : ''}`;
    case 'broken':
      return zh ? `与上年报告衔接中断：${chain.reason?.zh ?? ''}` : `chain to last year's report broken: ${chain.reason?.en ?? ''}`;
    case 'missing':
      return zh ? '缺少上年报告（前置元数据 previous，或同一机关上一年度的报告）' : "last year's report missing (front matter previous, or the same body's report of the year before)";
  }
}

/** A body whose name the checker could not read. */
export const UNKNOWN_BODY: Bilingual = { zh: '（机关不明）', en: '(body unknown)' };
