import type { ReportModel } from '../model';
import { paragraphSpan } from '../parse/prose';
import type { Span } from '../text/source';
import { isExact } from '../text/numbers';
import type { Analysis } from './analysis';
import { OTHER_BODIES, type Claim, type ClaimKind } from './claims';
import { readingsFor, type Reading } from './readings';

/**
 * Percentages quoted in the prose: 「予以公开或部分公开占58.5%」「不予公开 20 件（1.68%）」. Each is
 * a share of the applications by outcome (or by applicant), and is checked like the counts:
 * precision first — it agrees when any reading of its part over any reading of the whole
 * gives it at the rounding the text uses.
 */
export interface PercentClaim {
  readonly kind: ClaimKind;
  /** The percentage as written (58.5 for 「58.5%」). */
  readonly percent: number;
  /** Digits after the decimal point: the precision the text rounds to. */
  readonly decimals: number;
  /** The count quoted with it (「208 件（17.46%）」), when there is one. */
  readonly count?: number;
  /** The percentage in the source, sign included. */
  readonly span: Span;
  readonly phrase: string;
}

export interface CheckedPercentage {
  readonly claim: PercentClaim;
  /** What the part may be in the tables. */
  readonly parts: readonly Reading[];
  /** What the whole may be: 办结 (（七）总计, 一 + 二 − 四) or 受理 (一, 一 + 二). */
  readonly wholes: readonly Reading[];
}

const KINDS: readonly [RegExp, ClaimKind][] = [
  [/^(?:予以|同意)公开.部分公开$/, 'disclosed-and-partial'],
  [/^不予公开$/, 'refused'],
  [/^(?:予以|同意)公开$/, 'disclosed'],
  [/^部分公开$/, 'partial'],
  [/^无法提供$/, 'unable'],
  [/^不予处理$/, 'not-handled'],
  [/^其他处理$/, 'other-handled'],
  [/^自然人$/, 'natural'],
  [/^法人.?其他组织$/, 'organisations'],
];

/** The outcome (or applicant) named, an optional count, then the share: 占 / （ / ，占比为. */
const PERCENT =
  /(?<label>(?:予以|同意)公开(?:或|及|和|与|、)部分公开|不予公开|(?:予以|同意)公开|部分公开|无法提供|不予处理|其他处理|自然人|法人(?:或|和|及)?其他组织)(?:答复|申请|提出|的)*(?:\s*(?<n>\d+)\s*件)?\s*[（(，,]?\s*(?:所占比例|占比|比例|占)?(?:为|达)?\s*(?<p>\d{1,3}(?:\.\d+)?)\s*[%％]/gd;

export function extractPercentages(model: ReportModel): PercentClaim[] {
  const year = model.meta.year?.value;
  const out: PercentClaim[] = [];
  for (const p of model.paragraphs) {
    if (!p.text.includes('%') && !p.text.includes('％')) continue;
    for (const b of p.text.matchAll(/[^。；;！？]+[。；;！？]?/g)) {
      const sentence = b[0];
      if (!sentence.includes('%') && !sentence.includes('％')) continue;
      if (OTHER_BODIES.test(sentence)) continue;
      if (year !== undefined && [...sentence.matchAll(/(\d{4})\s*年/g)].some((m) => Number(m[1]) !== year && Number(m[1]) > 1990)) continue;
      for (const m of sentence.matchAll(PERCENT)) {
        const kind = KINDS.find(([re]) => re.test(m.groups!.label))?.[1];
        if (!kind) continue;
        const [pStart] = m.indices!.groups!.p!;
        const start = b.index! + pStart;
        const end = b.index! + m.index! + m[0].length;
        const written = m.groups!.p;
        // Figures too long to hold exactly are not compared.
        if (!isExact(written) || (m.groups!.n !== undefined && !isExact(m.groups!.n))) continue;
        out.push({
          kind,
          percent: Number(written),
          decimals: written.includes('.') ? written.length - written.indexOf('.') - 1 : 0,
          count: m.groups!.n === undefined ? undefined : Number(m.groups!.n),
          span: paragraphSpan(p, start, end),
          phrase: m[0].replace(/\s+/g, ' '),
        });
      }
    }
  }
  return out;
}

export function checkPercentage(claim: PercentClaim, analysis: Analysis): CheckedPercentage {
  const asClaim: Claim = { kind: claim.kind, value: claim.count ?? 0, span: claim.span, phrase: claim.phrase };
  const parts = readingsFor(claim.kind, analysis, asClaim);
  const byApplicant = claim.kind === 'natural' || claim.kind === 'organisations';
  const wholes = byApplicant ? readingsFor('received', analysis) : [...readingsFor('concluded', analysis), ...readingsFor('received', analysis)];
  return { claim, parts, wholes };
}

/**
 * Whether part / whole is the percentage at the text's precision: rounded (58.46 → 58.5) or
 * cut off (58.46 → 58.4). The quoted count is a part too: a wrong count is text-table-mismatch's
 * finding, and a share consistent with it is not a second fault.
 */
export function percentageAgrees(checked: CheckedPercentage): boolean {
  const { claim } = checked;
  const unit = 10 ** -claim.decimals;
  const parts = [...checked.parts.flatMap((r) => [r.value, ...(r.alternatives ?? [])]), ...(claim.count === undefined ? [] : [claim.count])];
  const wholes = checked.wholes.flatMap((r) => [r.value, ...(r.alternatives ?? [])]).filter((w) => w > 0);
  return parts.some((part) =>
    wholes.some((whole) => {
      const share = (100 * part) / whole;
      return share >= claim.percent - unit / 2 - 1e-9 && share < claim.percent + unit + 1e-9;
    }),
  );
}

/** The share at the text's precision (for messages): 20 of 1191 at two decimals → 「1.68」. */
export function shareText(part: number, whole: number, decimals: number): string {
  return ((100 * part) / whole).toFixed(decimals);
}
