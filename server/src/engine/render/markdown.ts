import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import type { MarkdownIt as Md, StateCore, Token } from 'markdown-it';
import { symbolHtml, tooltip, worst } from './mark-html';
import { escapeHtml } from './escape';
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
  /** Marks shown on their words (see placeInlineMarks); indexed by the markers in the text. */
  readonly inlineMarks?: readonly Mark[];
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
  const text = md.renderer.rules.text!;
  md.renderer.rules.text = (tokens, idx, options, env, self) => inlineMarks(text(tokens, idx, options, env, self), env as ProseEnv);
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
    // Inline tokens carry a map too, but render no attributes: marks go on their block.
    if (!t.block || !t.map || t.nesting === -1 || t.type === 'inline') return;
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

/**
 * Marks placed on the very words they are about (a prose figure, a cited phrase, a year) travel
 * through markdown-it as private-use characters: START, the mark's index as PUA digits, END,
 * the words, CLOSE. They are only ever put around text on one line with no Markdown syntax in
 * it, so they always open and close in the same text token.
 */
const START = '\ue000';
const END = '\ue001';
const CLOSE = '\ue002';
const DIGIT0 = 0xe010;
const MARKER = /\ue000([\ue010-\ue019]+)\ue001|\ue002/g;

function inlineMarks(html: string, env: ProseEnv): string {
  if (!html.includes(START) && !html.includes(CLOSE)) return html;
  return html.replace(MARKER, (_marker, digits: string | undefined) => {
    if (digits === undefined) return '</mark>';
    const index = Number([...digits].map((d) => d.charCodeAt(0) - DIGIT0).join(''));
    const mark = env.inlineMarks?.[index];
    if (!mark) return '<mark>';
    const r = mark.range;
    const severity = mark.severity;
    return `<mark class="gr-inline gr-marked gr-${severity}" data-range="${r.start.line},${r.start.character},${r.end.line},${r.end.character}" title="${escapeHtml(tooltip([mark], env.lang ?? 'zh'))}">${symbolHtml([mark])}`;
  });
}

/**
 * Splits marks into those that can sit on their words in `source` (a one-line span over plain
 * text) and the rest, and returns the source with the markers for the first kind inserted.
 */
export function placeInlineMarks(source: string, baseLine: number, marks: readonly Mark[]): { source: string; inline: Mark[]; block: Mark[] } {
  const lines = source.split('\n');
  const inline: Mark[] = [];
  const block: Mark[] = [];
  const byLine = new Map<number, { mark: Mark; index: number }[]>();
  for (const mark of marks) {
    const { start, end } = mark.range;
    const line = lines[start.line - baseLine];
    const words = line?.slice(start.character, end.character);
    if (line === undefined || start.line !== end.line || !words || words.trim() === '' || /[*_`[\]<>\\|]/.test(words)) {
      block.push(mark);
      continue;
    }
    const list = byLine.get(start.line - baseLine) ?? [];
    list.push({ mark, index: inline.length });
    inline.push(mark);
    byLine.set(start.line - baseLine, list);
  }
  for (const [i, list] of byLine) {
    // Insert from the right so earlier columns stay valid; skip overlapping spans.
    let line = lines[i];
    let limit = Infinity;
    for (const { mark, index } of [...list].sort((a, b) => b.mark.range.start.character - a.mark.range.start.character)) {
      const { start, end } = mark.range;
      if (end.character > limit) continue;
      const digits = [...String(index)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('');
      line = `${line.slice(0, start.character)}${START}${digits}${END}${line.slice(start.character, end.character)}${CLOSE}${line.slice(end.character)}`;
      limit = start.character;
    }
    lines[i] = line;
  }
  return { source: lines.join('\n'), inline, block };
}

/** Renders prose Markdown to HTML (escaped, safe links, data-line and marks from `env`). */
export function renderProse(source: string, env: ProseEnv = {}): string {
  // The draft's own private-use characters could pose as markers: they become U+FFFD (one for one, columns keep).
  const clean = source.replace(/[\ue000-\ue019]/g, '\ufffd');
  const placed = env.baseLine !== undefined && env.marks?.length ? placeInlineMarks(clean, env.baseLine, env.marks) : undefined;
  if (!placed) return markdown.render(clean, { ...env });
  return markdown.render(placed.source, { ...env, marks: placed.block, inlineMarks: placed.inline });
}
