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

let instance: Md | undefined;

/**
 * The one configured instance (the HTML renderer and the Word writer read prose the same way),
 * made on first use: `govreport check` loads the engine but renders no prose, and the CLI bundle
 * loads markdown-it itself only here (scripts/esbuild-cli.mjs).
 */
export function markdown(): Md {
  return (instance ??= create());
}

/** Whether a soft line break sits between two CJK characters (then it is not a space). */
export function joinsCjk(tokens: readonly Token[], idx: number): boolean {
  const { before, after } = textNeighbours(tokens);
  const b = before[idx];
  const a = after[idx];
  return b >= 0 && a >= 0 && CJK.test(tokens[b].content.slice(-1)) && CJK.test(tokens[a].content.charAt(0));
}

/**
 * For each token of an inline list, the nearest non-empty text token before and after it (-1:
 * none), computed once per list: looking back from every line break through all earlier
 * tokens made a paragraph of many wrapped lines render in quadratic time.
 */
const NEIGHBOURS = new WeakMap<readonly Token[], { readonly before: Int32Array; readonly after: Int32Array }>();

function textNeighbours(tokens: readonly Token[]): { readonly before: Int32Array; readonly after: Int32Array } {
  let found = NEIGHBOURS.get(tokens);
  if (found && found.before.length === tokens.length) return found;
  const isText = (t: Token) => t.type === 'text' && t.content !== '';
  const before = new Int32Array(tokens.length);
  const after = new Int32Array(tokens.length);
  for (let i = 0, last = -1; i < tokens.length; i++) {
    before[i] = last;
    if (isText(tokens[i])) last = i;
  }
  for (let i = tokens.length - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (isText(tokens[i])) next = i;
  }
  NEIGHBOURS.set(tokens, (found = { before, after }));
  return found;
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
  const marks = env.marks ?? [];
  const targets = targetsOf(tokens, marks.map((mark) => mark.range.start.line - base));
  marks.forEach((mark, i) => {
    const target = targets[i];
    if (target < 0) return;
    const list = byTarget.get(target);
    if (list) list.push(mark);
    else byTarget.set(target, [mark]);
  });
  for (const [index, marks] of byTarget) {
    const token = tokens[index];
    token.attrJoin('class', `gr-marked gr-${worst(marks)}`);
    token.attrSet('title', tooltip(marks, env.lang ?? 'zh'));
    let next = index + 1;
    while (tokens[next]?.hidden) next++;
    const inline = tokens[next];
    if (inline?.type === 'inline' && inline.children) {
      const symbol = new state.Token('gr_mark', '', 0);
      symbol.meta = { marks };
      inline.children.unshift(symbol);
    }
  }
}

/**
 * For each line, the index of the innermost block token whose lines hold it, else the nearest
 * block after (or before) it. One sweep over the tokens for all lines (asked for in any order):
 * block tokens come in document order, nested ones inside their parents, so the blocks open at
 * a line form a stack whose top is the innermost. Searching all tokens per mark was quadratic.
 */
function targetsOf(tokens: readonly Token[], lines: readonly number[]): number[] {
  // Inline tokens carry a map too, but render no attributes: marks go on their block; so do
  // the hidden paragraphs of a tight list: marks go on the list item.
  const blocks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.block && t.map && t.nesting !== -1 && t.type !== 'inline' && !t.hidden) blocks.push(i);
  });
  const start = (b: number) => tokens[b].map![0];
  const end = (b: number) => tokens[b].map![1];
  const order = lines.map((_, i) => i).sort((x, y) => lines[x] - lines[y]);
  const out = new Array<number>(lines.length).fill(-1);
  const open: number[] = [];
  let next = 0;
  for (const q of order) {
    const line = lines[q];
    for (; next < blocks.length && start(blocks[next]) <= line; next++) {
      while (open.length > 0 && end(open[open.length - 1]) <= start(blocks[next])) open.pop();
      open.push(blocks[next]);
    }
    while (open.length > 0 && end(open[open.length - 1]) <= line) open.pop();
    const inner = open.length > 0 ? open[open.length - 1] : -1;
    out[q] = inner >= 0 ? inner : next < blocks.length ? blocks[next] : next > 0 ? blocks[next - 1] : -1;
  }
  return out;
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
  if (!placed) return markdown().render(clean, { ...env });
  return markdown().render(placed.source, { ...env, marks: placed.block, inlineMarks: placed.inline });
}
