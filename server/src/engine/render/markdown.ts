import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import type { MarkdownIt as Md, StateCore, Token } from 'markdown-it';
import { symbolHtml, tooltip, worst } from './mark-html';
import type { Mark } from './types';

/**
 * The prose renderer: markdown-it (CommonMark + GFM tables), set up for untrusted drafts:
 *
 * - raw HTML is off: `<script>` or `<img onerror>` in a draft is shown as text;
 * - links only to http, https and mailto: anything else (javascript:, data:, vbscript:,
 *   relative paths) is not a link at all and stays visible as the text that was written;
 * - images are off: the published page loads nothing from anywhere;
 * - a line break between two Chinese characters joins them without a space (drafts wrap
 *   lines mid-sentence; a browser would show each break as a space);
 * - emphasis follows the CJK-friendly amendment (markdown-it-cjk-friendly): plain CommonMark
 *   does not close `**一是提升平台日常监管效能。**进一步…` (punctuation before the closing `**`,
 *   a letter after it), the very pattern Chinese reports use for their lead phrases.
 *
 * With an env giving `baseLine`, every block element gets `data-line` (its source line) and
 * the marks in `marks` are placed on the innermost block holding their line.
 */

export interface ProseEnv {
  /** Source line of the Markdown's first line. */
  readonly baseLine?: number;
  readonly marks?: readonly Mark[];
  readonly lang?: 'zh' | 'en';
}

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function create(): Md {
  const md = MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.use(cjkFriendly);
  md.disable('image');
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  md.core.ruler.push('gr_source_lines', sourceLines);
  md.renderer.rules.softbreak = (tokens, idx) => (joinsCjk(tokens, idx) ? '' : '\n');
  md.renderer.rules.gr_mark = (tokens, idx) => symbolHtml((tokens[idx].meta as { marks: Mark[] }).marks);
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
    return linkOpen(tokens, idx, options, env, self);
  };
  return md;
}

/** The one configured instance (the HTML renderer and the Word writer read prose the same way). */
export const markdown: Md = create();

/** Whether a soft line break sits between two CJK characters (then it is not a space). */
export function joinsCjk(tokens: readonly Token[], idx: number): boolean {
  const before = [...tokens.slice(0, idx)].reverse().find((t) => t.type === 'text' && t.content !== '');
  const after = tokens.slice(idx + 1).find((t) => t.type === 'text' && t.content !== '');
  return before !== undefined && after !== undefined && CJK.test(before.content.slice(-1)) && CJK.test(after.content.charAt(0));
}

function sourceLines(state: StateCore): void {
  const env = state.env as ProseEnv;
  if (env.baseLine === undefined) return;
  const base = env.baseLine;
  const tokens = state.tokens;
  for (const t of tokens) {
    if (t.block && t.map && t.nesting !== -1) t.attrSet('data-line', String(base + t.map[0]));
    // A heading left in prose (setext style) is a sub-heading of the report, like the others (layout.ts).
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      t.tag = 'h3';
      if (t.nesting === 1) t.attrJoin('class', 'gr-subsection');
    }
  }
  const byTarget = new Map<number, Mark[]>();
  for (const mark of env.marks ?? []) {
    const target = targetOf(tokens, mark.range.start.line - base);
    if (target < 0) continue;
    byTarget.set(target, [...(byTarget.get(target) ?? []), mark]);
  }
  for (const [index, marks] of byTarget) {
    const token = tokens[index];
    token.attrJoin('class', `gr-marked gr-${worst(marks)}`);
    token.attrSet('title', tooltip(marks, env.lang ?? 'zh'));
    const inline = tokens[index + 1];
    if (inline?.type === 'inline' && inline.children) {
      const symbol = new state.Token('gr_mark', '', 0);
      symbol.meta = { marks };
      inline.children.unshift(symbol);
    }
  }
}

/** Index of the innermost block token whose lines hold `line`, else the nearest block after (or before) it. */
function targetOf(tokens: readonly Token[], line: number): number {
  let best = -1;
  let bestSize = Infinity;
  let after = -1;
  let before = -1;
  tokens.forEach((t, i) => {
    if (!t.block || !t.map || t.nesting === -1) return;
    const [a, b] = t.map;
    if (a <= line && line < b && b - a <= bestSize) {
      best = i;
      bestSize = b - a;
    }
    if (a > line && after < 0) after = i;
    if (a <= line) before = i;
  });
  return best >= 0 ? best : after >= 0 ? after : before;
}

/** Renders prose Markdown to HTML (escaped, safe links, data-line and marks from `env`). */
export function renderProse(source: string, env: ProseEnv = {}): string {
  return markdown.render(source, { ...env });
}
