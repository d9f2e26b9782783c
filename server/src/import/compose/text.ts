import type { Block, ImportedDocument, Run } from '../document';
import { tableLines, type ComposedLine } from './table';

/**
 * The imported document as Markdown-like text in the forms the report parser reads best:
 * headings as headings, each paragraph on one line, each table as pipe rows (table.ts), blocks
 * separated by blank lines. Every line keeps the origin of the block it came from.
 */
export function composeText(document: ImportedDocument): ComposedLine[] {
  const out: ComposedLine[] = [];
  let previous: Block | undefined;
  for (const block of document.blocks) {
    const lines = blockLines(block);
    if (lines.length === 0) continue;
    // Lines laid out in columns are one extracted table: they stay together.
    if (out.length > 0 && !(block.kind === 'layout' && previous?.kind === 'layout')) out.push({ text: '', origin: lines[0].origin });
    out.push(...lines);
    previous = block;
  }
  return out;
}

function blockLines(block: Block): ComposedLine[] {
  switch (block.kind) {
    case 'heading': {
      const text = escapeInline(oneLine(block.text));
      return text === '' ? [] : [{ text: `${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${text}`, origin: block.origin }];
    }
    case 'paragraph': {
      const text = inlineMarkdown(block.runs);
      return text === '' ? [] : [{ text: escapeBlockStart(text), origin: block.origin }];
    }
    case 'table':
      return tableLines(block.rows);
    case 'layout':
      return [{ text: block.text.replace(/\|/g, '\\|'), origin: block.origin }];
  }
}

/** Runs as inline Markdown: text escaped, bold runs in `**` (merged when adjacent). */
export function inlineMarkdown(runs: readonly Run[]): string {
  const merged: { text: string; bold: boolean }[] = [];
  for (const run of runs) {
    const text = oneLine(run.text);
    if (text === '') continue;
    const bold = Boolean(run.bold) && text.trim() !== '';
    const last = merged[merged.length - 1];
    if (last && last.bold === bold) last.text += text;
    else merged.push({ text, bold });
  }
  const out = merged.map((m) => {
    const text = escapeInline(m.text);
    if (!m.bold) return text;
    // Emphasis markers must touch the words they hold: spaces go outside.
    const lead = /^\s*/.exec(text)![0];
    const trail = /\s*$/.exec(text)![0];
    return `${lead}**${text.trim()}**${trail}`;
  });
  return out.join('').trim();
}

/** Line breaks inside a paragraph or cell are the original's layout, not the text's. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t\u00a0]+/g, ' ').replace(/ {2,}/g, ' ');
}

/** Characters that would turn the original's words into Markdown syntax. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).trim();
}

/** A paragraph that starts like a heading, quote, list item or rule stays a paragraph. */
function escapeBlockStart(text: string): string {
  if (/^(#{1,6}\s|>|[-+*=]\s|[-=]{3,}\s*$|\d{1,9}[.)]\s)/.test(text)) return text.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([#>\-+*=])/, '\\$1');
  return text;
}
