import type { Bilingual } from '../engine';

/** The two languages of every message the CLI prints. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language of the user's locale: the first non-empty of LC_ALL, LC_MESSAGES, LANG (the
 * POSIX order of precedence for messages); zh* means Chinese, anything else English.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** A message in both languages, built in one place so the two never drift apart. */
export const msg = (zh: string, en: string): Bilingual => ({ zh, en });

/** Chinese and English quote a name differently: “名称” and ‘name’. */
export function quote(text: string, lang: Lang): string {
  return lang === 'zh' ? `“${text}”` : `'${text}'`;
}

/** A count with its noun: `1 error`, `2 errors`; Chinese uses a measure word and no plural. */
export function count(n: number, noun: Bilingual & { readonly enPlural?: string }, lang: Lang): string {
  if (lang === 'zh') return `${n} 个${noun.zh}`;
  return `${n} ${n === 1 ? noun.en : (noun.enPlural ?? `${noun.en}s`)}`;
}
