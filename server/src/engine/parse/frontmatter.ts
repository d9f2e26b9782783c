import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { z } from 'zod';
import type { SourceText, Span } from '../text/source';
import type { DateValue, FrontMatter, FrontMatterValues } from '../model';
import type { Bilingual } from '../format/schema';

/**
 * YAML front matter (source-format.md): every key optional, every value validated.
 * An invalid value becomes a problem on its own line; the rest of the block still counts.
 */

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export const FrontMatterSchema = {
  agency: z.string().trim().min(1),
  agencyKind: z.enum(['government', 'department', 'other']),
  year: z.coerce.number().int().min(2008).max(2100),
  published: z
    .string()
    .regex(DATE)
    .refine((s) => toDate(s) !== undefined, 'not a calendar date'),
  previous: z.string().trim().min(1),
} as const;

export type FrontMatterKey = keyof typeof FrontMatterSchema;
export const FRONT_MATTER_KEYS = Object.keys(FrontMatterSchema) as FrontMatterKey[];

export const FRONT_MATTER_DOCS: Record<FrontMatterKey, Bilingual> = {
  agency: { zh: '报告机关名称，如“孝义市人民政府”。', en: 'The reporting body, e.g. 孝义市人民政府.' },
  agencyKind: {
    zh: '机关类型：government（各级人民政府）、department（政府部门）或 other。决定公布期限（第四十九条）和是否须报告考核、评议、追究结果（第五十条第（四）项）。',
    en: "Kind of body: government (people's government), department or other. Sets the deadline (Art. 49) and whether appraisal/evaluation/accountability results are required (Art. 50(4)).",
  },
  year: { zh: '报告年度，如 2024。', en: 'The reporting year, e.g. 2024.' },
  published: { zh: '公布（落款）日期，格式 YYYY-MM-DD。', en: 'Publication (signature) date, YYYY-MM-DD.' },
  previous: { zh: '上一年度报告的路径，用于跨年度检查。', en: "Path of last year's report, for cross-year checks." },
};

/** Own keys only: `key in FrontMatterSchema` would also accept `constructor`, `toString`, …. */
export function isFrontMatterKey(key: string): key is FrontMatterKey {
  return Object.hasOwn(FrontMatterSchema, key);
}

export function toDate(s: string): DateValue | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Number of lines the front matter occupies (0 when there is none). */
export function frontMatterLineCount(source: SourceText): number {
  if (source.lineCount < 2 || source.lineText(0).trim() !== '---') return 0;
  for (let line = 1; line < Math.min(source.lineCount, 200); line++) {
    const t = source.lineText(line).trim();
    if (t === '---' || t === '...') return line + 1;
  }
  return 0;
}

/**
 * Results by the exact front-matter text. The block sits at the start of the document, so its
 * spans do not depend on the rest; while the user types in the body it never changes, and the
 * YAML parse (the costliest step of a small report) is done once, not per keystroke.
 */
const CACHE = new Map<string, FrontMatter>();
const CACHE_SIZE = 16;

export function parseFrontMatter(source: SourceText, lineCount: number): FrontMatter | undefined {
  if (lineCount === 0) return undefined;
  const block = source.text.slice(0, source.lineEnd(lineCount - 1));
  const cached = CACHE.get(block);
  if (cached) return cached;
  const result = parseFrontMatterUncached(source, lineCount);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(block, result);
  return result;
}

function parseFrontMatterUncached(source: SourceText, lineCount: number): FrontMatter {
  const span = source.linesSpan(0, lineCount - 1);
  const bodyStart = source.lineStarts[1];
  const bodyEnd = source.lineStarts[lineCount - 1];
  // Lone CR line breaks (old Mac files) are line breaks to us but not to the YAML parser:
  // make them LF, which keeps every offset.
  const body = source.text.slice(bodyStart, bodyEnd).replace(/\r(?!\n)/g, '\n');
  const problems: { span: Span; message: Bilingual }[] = [];
  // Keys come from the document: null-prototype maps, so `__proto__` or `constructor` are plain keys.
  const keySpans: Record<string, Span> = Object.create(null);
  const valueSpans: Record<string, Span> = Object.create(null);
  const values: { -readonly [K in keyof FrontMatterValues]?: FrontMatterValues[K] } = {};

  const lc = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lc, prettyErrors: false });
  const at = (offset: number): Span => {
    // The YAML body starts on source line 1; linePos is 1-based within the body.
    const { line } = lc.linePos(offset);
    return source.lineSpan(Math.min(lineCount - 2, Math.max(1, line)));
  };
  for (const err of doc.errors) {
    problems.push({
      span: at(err.pos[0]),
      message: { zh: `前置元数据（YAML）有误：${err.message.split('\n')[0]}`, en: `Invalid front matter (YAML): ${err.message.split('\n')[0]}` },
    });
  }
  if (doc.errors.length > 0 || doc.contents === null) return { span, values, keySpans, valueSpans, problems };
  if (!isMap(doc.contents)) {
    problems.push({ span: source.lineSpan(0), message: { zh: '前置元数据应为“键: 值”形式。', en: 'Front matter must be a map of key: value.' } });
    return { span, values, keySpans, valueSpans, problems };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
    const keySpan = at(keyOffset);
    keySpans[key] = keySpan;
    if (isScalar(pair.value) && pair.value.range) {
      valueSpans[key] = { start: bodyStart + pair.value.range[0], end: bodyStart + pair.value.range[1] };
    }
    if (!isFrontMatterKey(key)) {
      problems.push({
        span: keySpan,
        message: {
          zh: `未知的前置元数据键“${key}”（可用：${FRONT_MATTER_KEYS.join('、')}）。`,
          en: `Unknown front matter key “${key}” (known: ${FRONT_MATTER_KEYS.join(', ')}).`,
        },
      });
      continue;
    }
    const raw = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON?.();
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    const k = key;
    const result = FrontMatterSchema[k].safeParse(k === 'published' ? String(value) : value);
    if (!result.success) {
      problems.push({
        span: valueSpans[key] ?? keySpan,
        message: {
          zh: `前置元数据“${key}”的值无效：${FRONT_MATTER_DOCS[k].zh}`,
          en: `Invalid value for front matter “${key}”: ${FRONT_MATTER_DOCS[k].en}`,
        },
      });
      continue;
    }
    if (k === 'published') values.published = toDate(result.data as string);
    else if (k === 'agencyKind') values.agencyKind = result.data as FrontMatterValues['agencyKind'];
    else if (k === 'year') values.year = result.data as number;
    else if (k === 'agency') values.agency = result.data as string;
    else values.previous = result.data as string;
  }
  return { span, values, keySpans, valueSpans, problems };
}
