import type { ReportModel } from '../model';
import { paragraphSpan } from '../parse/prose';
import type { Span } from '../text/source';

/**
 * Figures quoted in the prose, and what they claim to be (rules.md, "Prose figures").
 * Precision over recall: a sentence is read only when its wording is unambiguous, and
 * measures that merely share words (审查拟出台规范性文件 15 件, 办理相关案件 74 件,
 * 政策性文件 11 件) are never taken for table figures.
 */

export type ClaimKind =
  | 'received'
  | 'carried-in'
  | 'concluded'
  | 'carried-out'
  | 'natural'
  | 'organisations'
  | 'disclosed-and-partial'
  | 'disclosed'
  | 'partial'
  | 'refused'
  | 'unable'
  | 'not-handled'
  | 'other-handled'
  | 'review'
  | 'suit'
  | 'upheld'
  | 'corrected'
  | 'other-result'
  | 'pending'
  | 'normative-issued'
  | 'rules-issued'
  | 'all-concluded';

export interface Claim {
  readonly kind: ClaimKind;
  /** The figure quoted; for all-concluded, 0 (nothing left over). */
  readonly value: number;
  /** The number in the source (for the range and the fix); for all-concluded, the phrase. */
  readonly span: Span;
  /** The phrase as written (for messages). */
  readonly phrase: string;
  /** For 结果维持 etc.: the case type the figure belongs to (review or suit). */
  readonly of?: 'review' | 'suit';
}

interface Pattern {
  readonly kind: ClaimKind;
  readonly re: RegExp;
  /** Words one of which every match contains: sentences without them skip the pattern. */
  readonly hints: readonly string[];
  /** Characters allowed between the verb and the number (named group `gap`). */
  readonly gap?: RegExp;
  /** The gap must contain this word (e.g. 申请: 受理网络问政 182 件 is not an application count). */
  readonly gapNeeds?: string;
}

const N = '\\s*(?<n>\\d+)\\s*件';
const APPLICATION_WORDS = /^[了各类政府信息公开依申请的数量共计合为总]*$/;

/** Most specific first: each match consumes its text, so later patterns cannot re-read it. */
const PATTERNS: readonly Pattern[] = [
  { kind: 'all-concluded', hints: ['所有', '全部'], re: /(?:所有|全部)(?:的)?(?:政府信息公开|信息公开)?申请(?:均已|均|已经|已|全部)(?:按要求|按时|依法)?(?:办理完成|办结|办理完毕|答复完毕)/gd },
  { kind: 'carried-in', hints: ['结转'], re: new RegExp(`(?:上一?年度?|去年)结转(?<gap>[^，。；、\\d]{0,14}?)${N}`, 'gd'), gap: /^[的政府信息公开申请共计为数量]*$/ },
  { kind: 'carried-out', hints: ['下年', '下一年'], re: new RegExp(`${N}[^，。；\\d]{0,10}?(?:顺延|结转|转入?)(?:到|至|入)?下一?年度?`, 'gd') },
  { kind: 'carried-out', hints: ['下年', '下一年'], re: new RegExp(`(?:结转|顺延|转)(?:到|至|入)?下一?年度?(?<gap>[^，。；\\d]{0,10}?)${N}`, 'gd'), gap: /^[继续办理答复的有共计为申请]*$/ },
  { kind: 'disclosed-and-partial', hints: ['部分公开'], re: new RegExp(`(?:予以公开|同意公开)(?:及|和|与|、)部分公开(?:答复)?(?:的)?${N}`, 'gd') },
  { kind: 'refused', hints: ['不予公开'], re: new RegExp(`不予公开(?:答复)?(?:的)?${N}`, 'gd') },
  { kind: 'disclosed', hints: ['予以公开', '同意公开'], re: new RegExp(`(?:予以公开|同意公开)(?:答复)?(?:的)?${N}`, 'gd') },
  { kind: 'partial', hints: ['部分公开'], re: new RegExp(`部分公开(?:答复)?(?:的)?${N}`, 'gd') },
  { kind: 'unable', hints: ['无法提供'], re: new RegExp(`无法提供(?:的)?${N}`, 'gd') },
  { kind: 'not-handled', hints: ['不予处理'], re: new RegExp(`不予处理(?:的)?${N}`, 'gd') },
  { kind: 'other-handled', hints: ['其他处理'], re: new RegExp(`其他处理(?:的)?${N}`, 'gd') },
  { kind: 'natural', hints: ['自然人'], re: new RegExp(`自然人(?:申请|提出)?(?:的)?${N}`, 'gd') },
  { kind: 'organisations', hints: ['其他组织'], re: new RegExp(`法人(?:或|和|及)?其他组织(?:申请|提出)?(?:的)?${N}`, 'gd') },
  { kind: 'received', hints: ['受理', '收到', '新收', '接收'], re: new RegExp(`(?<![上去])(?:受理|收到|新收|接收)(?<gap>[^，。；、\\d]{0,16}?)${N}`, 'gd'), gap: APPLICATION_WORDS, gapNeeds: '申请' },
  { kind: 'concluded', hints: ['办结', '答复', '办理'], re: new RegExp(`(?:办结|答复|办理完毕|办理完成|办理)(?<gap>[^，。；、\\d]{0,12}?)${N}`, 'gd'), gap: APPLICATION_WORDS },
  { kind: 'normative-issued', hints: ['规范性文件'], re: new RegExp(`(?<![拟审核查理])(?:出台|制发|印发|制定)(?:了)?(?:行政)?规范性文件(?:共|共计)?${N}`, 'gd') },
  { kind: 'rules-issued', hints: ['规章'], re: new RegExp(`(?:新增|新制定|制定|出台|制发)(?:公开)?(?:市政府|省政府|本机关|本级政府)?规章(?:共|共计)?${N}`, 'gd') },
  { kind: 'review', hints: ['行政复议'], re: new RegExp(`行政复议(?:案件)?(?:共|共计|数为|数|为)?${N}`, 'gd') },
  { kind: 'review', hints: ['行政复议'], re: new RegExp(`${N}[^，。；\\d]{0,14}?行政复议`, 'gd') },
  { kind: 'suit', hints: ['诉讼'], re: new RegExp(`(?:行政)?诉讼(?:案件)?(?:共|共计|数为|数|为)?${N}`, 'gd') },
  { kind: 'upheld', hints: ['维持'], re: new RegExp(`(?:结果)?维持(?:原)?(?:的)?${N}`, 'gd') },
  { kind: 'corrected', hints: ['纠正'], re: new RegExp(`(?:结果)?纠正(?:的)?${N}`, 'gd') },
  { kind: 'other-result', hints: ['其他结果'], re: new RegExp(`其他结果(?:的)?${N}`, 'gd') },
  { kind: 'pending', hints: ['审结'], re: new RegExp(`(?:尚)?未审结(?:的)?${N}`, 'gd') },
];

/** Sentences about other bodies or other years are not about this report's tables. */
export const OTHER_BODIES = /各部门|各单位|各县|各区|各乡镇|各镇|县直|市直|区直|下级|所属单位/;
const ALL_DONE_HINT = /所有|全部/;
const NOT_THIS_MEASURE = /备案|审查|审核|代理|指导|督办|拟/;

export function extractClaims(model: ReportModel): Claim[] {
  const year = model.meta.year?.value;
  const out: Claim[] = [];
  for (const p of model.paragraphs) {
    // Most paragraphs quote no count at all.
    if (!p.text.includes('件') && !ALL_DONE_HINT.test(p.text)) continue;
    for (const c of textClaims(p.text, year)) {
      out.push({ kind: c.kind, value: c.value, span: paragraphSpan(p, c.start, c.end), phrase: c.phrase, of: c.of });
    }
  }
  return out;
}

/** A claim located in a paragraph's joined text (independent of where the paragraph is). */
interface TextClaim {
  readonly kind: ClaimKind;
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly of?: 'review' | 'suit';
}

/**
 * Claims by paragraph text: while the user types in one paragraph, every other paragraph of
 * the report reads the same, and its claims need not be found again.
 */
const CACHE = new Map<string, readonly TextClaim[]>();
const CACHE_SIZE = 4096;

function textClaims(text: string, year: number | undefined): readonly TextClaim[] {
  const key = `${year ?? ''}\u0000${text}`;
  const hit = CACHE.get(key);
  if (hit) return hit;
  const claims = claimsIn(text, year);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(key, claims);
  return claims;
}

function claimsIn(text: string, year: number | undefined): TextClaim[] {
  const out: TextClaim[] = [];
  // Sentences end at 。；; and at ！？ — a claim never spans two sentences.
  const bounds = [...text.matchAll(/[^。；;！？]+[。；;！？]?/g)];
  for (const b of bounds) {
    const sentence = b[0];
    const offset = b.index!;
    // Nearly every sentence quotes no count: skip those before trying two dozen patterns.
    if (!sentence.includes('件') && !ALL_DONE_HINT.test(sentence)) continue;
    if (OTHER_BODIES.test(sentence)) continue;
    if (year !== undefined && [...sentence.matchAll(/(\d{4})\s*年/g)].some((m) => Number(m[1]) !== year && Number(m[1]) > 1990)) continue;
    const taken: [number, number][] = [];
    const found: TextClaim[] = [];
    for (const pattern of PATTERNS) {
      if (!pattern.hints.some((h) => sentence.includes(h))) continue;
      pattern.re.lastIndex = 0;
      for (const m of sentence.matchAll(pattern.re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (taken.some(([a, z]) => start < z && end > a)) continue;
        const gap = (m.groups?.gap ?? '').replace(/\s+/g, '');
        if (pattern.gap && !pattern.gap.test(gap)) continue;
        if (pattern.gapNeeds && !gap.includes(pattern.gapNeeds)) continue;
        if ((pattern.kind === 'review' || pattern.kind === 'suit') && NOT_THIS_MEASURE.test(sentence.slice(Math.max(0, start - 12), end))) continue;
        if (pattern.kind === 'suit' && !m[0].startsWith('行政') && !/行政复议/.test(sentence.slice(0, start))) continue;
        taken.push([start, end]);
        if (pattern.kind === 'all-concluded') {
          found.push({ kind: pattern.kind, value: 0, start: offset + start, end: offset + end, phrase: m[0] });
          continue;
        }
        const n = m.groups!.n;
        const nAt = m.indices!.groups!.n![0];
        // A figure too long to hold exactly is not compared (nor would a fix rewrite it wrongly).
        if (!Number.isSafeInteger(Number(n))) continue;
        found.push({ kind: pattern.kind, value: Number(n), start: offset + nAt, end: offset + nAt + n.length, phrase: m[0].replace(/\s+/g, ' ') });
      }
    }
    // 结果维持 / 纠正 / 其他结果 / 尚未审结 belong to the nearest 行政复议 or 行政诉讼 before them.
    found.sort((a, b) => a.start - b.start);
    let owner: 'review' | 'suit' | undefined;
    for (const f of found) {
      const k = f.kind;
      if (k === 'review' || k === 'suit') owner = k;
      if (k === 'upheld' || k === 'corrected' || k === 'other-result' || k === 'pending') {
        if (owner) out.push({ ...f, of: owner });
        continue;
      }
      out.push(f);
    }
  }
  return out;
}
