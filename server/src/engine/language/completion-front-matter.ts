import { FRONT_MATTER_DOCS, FRONT_MATTER_KEYS, FrontMatterSchema, frontMatterLineCount } from '../parse/frontmatter';
import type { ReportModel } from '../model';
import { escapeMarkdown } from './markdown';
import type { CompletionEntry } from './completion';
import { pick, wordStart, type Lang } from './types';

/**
 * Completion inside the YAML front matter (source-format.md): the keys not yet written, with
 * their documentation, and the values of agencyKind. Undefined outside the front matter.
 */
export function frontMatterCompletions(model: ReportModel, line: number, offset: number, lang: Lang): CompletionEntry[] | undefined {
  const src = model.source;
  const lineStart = src.lineStarts[line];
  const text = src.lineText(line);
  const lines = frontMatterLineCount(src);
  if (lines === 0 || line === 0 || line >= lines - 1) return undefined;
  const colon = text.indexOf(':');
  const before = offset - lineStart;
  if (colon >= 0 && before > colon) {
    const key = text.slice(0, colon).trim();
    if (key !== 'agencyKind') return [];
    const valueStart = wordStart(lineStart + colon + 1, text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length, offset);
    return FrontMatterSchema.agencyKind.options.map((value, i) => ({
      label: value,
      kind: 'front-matter-value' as const,
      documentation: escapeMarkdown(FRONT_MATTER_DOCS.agencyKind[lang]),
      edit: { span: { start: valueStart, end: lineStart + text.length }, range: src.rangeOf({ start: valueStart, end: lineStart + text.length }), newText: value },
      snippet: false,
      sortText: String(i),
    }));
  }
  // Read from the lines, not the parsed block: while a key is being typed the YAML may not parse.
  const written = new Set<string>();
  for (let l = 1; l < lines - 1; l++) {
    const m = /^\s*([A-Za-z]+)\s*:/.exec(src.lineText(l));
    if (m && l !== line) written.add(m[1]);
  }
  const keyStart = wordStart(lineStart, text.length - text.trimStart().length, offset);
  const keyEnd = colon >= 0 ? lineStart + colon + 1 : lineStart + text.length;
  return FRONT_MATTER_KEYS.filter((k) => !written.has(k)).map((key, i) => ({
    label: key,
    kind: 'front-matter-key' as const,
    detail: pick(lang, '前置元数据', 'front matter'),
    documentation: escapeMarkdown(FRONT_MATTER_DOCS[key][lang]),
    edit: { span: { start: keyStart, end: keyEnd }, range: src.rangeOf({ start: keyStart, end: keyEnd }), newText: `${key}:${colon >= 0 ? '' : ' '}` },
    snippet: false,
    sortText: String(i),
  }));
}

/** The whole front matter block, offered on the first line of a document that has none. */
export function frontMatterBlockCompletion(model: ReportModel, line: number, offset: number, lang: Lang): CompletionEntry | undefined {
  const src = model.source;
  if (line !== 0 || frontMatterLineCount(src) > 0 || !/^-{0,3}$/.test(src.lineText(0).trim())) return undefined;
  const eol = src.eol;
  const kinds = FrontMatterSchema.agencyKind.options.join(',');
  const body = ['---', 'agency: $1', `agencyKind: \${2|${kinds}|}`, 'year: $3', 'published: $4', '---', ''].join(eol);
  const docs = FRONT_MATTER_KEYS.map((k) => `- \`${k}\`${pick(lang, '：', ': ')}${escapeMarkdown(FRONT_MATTER_DOCS[k][lang])}`).join('\n');
  const span = { start: 0, end: offset };
  return {
    label: '---',
    kind: 'front-matter',
    detail: pick(lang, '前置元数据（YAML）', 'front matter (YAML)'),
    documentation: docs,
    edit: { span, range: src.rangeOf(span), newText: body },
    snippet: true,
    sortText: '0',
    filterText: '---',
  };
}
