import { isHanCode, looksLikeFigure } from '../../text/numbers';
import { foldWidth, isPatternSpace, labelKey } from '../../text/normalize';
import { tokens, type LineInfo, type RawCell } from '../lines';
import type { LineForm } from '../../model';

/**
 * A table-like line split into its label part and its figure part. Figures are the
 * trailing run of cells that look like figures (or are empty, in pipe and tab rows,
 * where an empty cell is a blank figure); everything before is label.
 */
export interface RowEntry {
  readonly line: number;
  /** The line of the last cell: `line` unless the row is written one cell per line. */
  readonly endLine: number;
  readonly info: LineInfo;
  readonly form: LineForm;
  readonly label: string;
  readonly labelCells: readonly RawCell[];
  readonly figures: readonly RawCell[];
  /** Whether any figure cell holds a digit. */
  readonly hasDigits: boolean;
  /** A row's label standing alone in a layout that drops blank cells: every cell of the row is blank. */
  readonly blank?: boolean;
}

const PAGE_SHAPED = /^\s*[-—–－]+\s*\d+\s*[-—–－]+\s*$/;
const KEY_VALUE = /^(\p{Script=Han}[\p{Script=Han}/／\s]{0,9}?)\s*[:：]?\s*(\S+)$/u;

function balanced(s: string): boolean {
  const open = (s.match(/[（(]/g) ?? []).length;
  const close = (s.match(/[）)]/g) ?? []).length;
  return open === close;
}

/** Splits "行政复议: 结果维持 0" into a label cell and a key-value cell. */
function splitLeadingLabel(cells: readonly RawCell[]): readonly RawCell[] {
  if (cells.length === 0) return [];
  const first = cells[0];
  if (!first.text.includes(':') && !first.text.includes('：')) return cells;
  const m = /^(.*?)[:：]\s*(.+)$/.exec(first.text);
  if (!m || !balanced(m[1]) || m[1].trim() === '') return [...cells];
  const restStart = first.span.start + first.text.length - m[2].length;
  return [
    { text: m[1].trim(), span: { start: first.span.start, end: first.span.start + m[1].trimEnd().length } },
    { text: m[2], span: { start: restStart, end: first.span.end } },
    ...cells.slice(1),
  ];
}

/** "结果维持 0" → a figure cell keyed by its column name. */
function asKeyValue(cell: RawCell): RawCell | undefined {
  // A key-value cell ends in a figure or a placeholder: test that before the Unicode pattern.
  const last = cell.text.charCodeAt(cell.text.length - 1);
  const endsLikeFigure = (last >= 48 && last <= 57) || (last >= 0xff10 && last <= 0xff19) || '·•・/-—–无'.includes(cell.text[cell.text.length - 1]);
  if (!endsLikeFigure) return undefined;
  const m = KEY_VALUE.exec(cell.text);
  if (!m || !looksLikeFigure(m[2])) return undefined;
  const valueStart = cell.span.start + cell.text.length - m[2].length;
  return { text: m[2], span: { start: valueStart, end: cell.span.end }, key: m[1].replace(/\s+/g, '') };
}

/** Several table readers (and a second pass for the 2019 layout) ask for the same line: read it once. */
export function rowEntry(info: LineInfo): RowEntry | undefined {
  if (info.entryMemo === undefined) info.entryMemo = readRowEntry(info) ?? null;
  return info.entryMemo ?? undefined;
}

function readRowEntry(info: LineInfo): RowEntry | undefined {
  if (info.kind === 'row' && info.cells && info.form) {
    const cells = splitLeadingLabel(info.cells);
    const figures: RawCell[] = [];
    let i = cells.length - 1;
    for (; i >= 0; i--) {
      const c = cells[i];
      if (c.text === '' || looksLikeFigure(c.text)) {
        figures.push(c);
        continue;
      }
      const kv = i > 0 || cells.length === 1 ? asKeyValue(c) : undefined;
      if (kv && (i > 0 || figures.length > 0)) {
        figures.push(kv);
        continue;
      }
      break;
    }
    figures.reverse();
    const labelCells: RawCell[] = [];
    for (let k = 0; k <= i; k++) if (cells[k].text !== '') labelCells.push(cells[k]);
    return finish(info, anyKeyed(figures) ? 'kv' : info.form, labelCells, figures);
  }
  // A page number too long for a page (「— 1000 —」, a figure pasted over one) is no row: read as a
  // row without a label it became an unplaced figure on the second conversion, after the first,
  // reading it as one cell of a table written one cell per line, had kept it as text.
  if (info.kind === 'text' && endsInFigure(info.text) && !PAGE_SHAPED.test(info.text)) {
    const toks = tokens(info);
    let i = toks.length - 1;
    // A placeholder (「无」「—」「/」) among figures is a cell of the row (「2714413  无  9514474」,
    // 「-  0  0」, 「0  0  —」); a line whose trailing run holds no figure at all is prose (「……情况 无」).
    while (i >= 0 && looksLikeFigure(toks[i].text)) i--;
    const figures = toks.slice(i + 1);
    if (!figures.some((f) => /\d/.test(foldWidth(f.text)))) return undefined;
    return finish(info, 'space', toks.slice(0, i + 1), figures);
  }
  return undefined;
}

/**
 * Whether a line's last whitespace-separated word looks like a figure: when it does not, the
 * line has no trailing figures and is no row. Most text lines are prose: this spares
 * tokenizing each of them.
 */
function endsInFigure(text: string): boolean {
  let end = text.length;
  while (end > 0 && isPatternSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isPatternSpace(text.charCodeAt(start - 1))) start--;
  if (start === end) return false;
  // Two Han characters open no figure (looksLikeFigure says the same, after a copy).
  if (end - start >= 2 && isHanCode(text.charCodeAt(start)) && isHanCode(text.charCodeAt(start + 1))) return false;
  return looksLikeFigure(text.slice(start, end));
}

/**
 * A space-aligned line whose trailing cells hold no digit: a placeholder (「行政许可   /」) or
 * nothing at all (「行政强制」, its blank cell dropped by pdftotext). Prose looks the same
 * (「……情况 无」), so the caller reads it as a row only when its label names a row clearly.
 */
export function rowEntryWithoutDigits(info: LineInfo): RowEntry | undefined {
  if (info.kind !== 'text') return undefined;
  const toks = tokens(info);
  let i = toks.length - 1;
  while (i >= 0 && looksLikeFigure(toks[i].text)) i--;
  if (i < 0) return undefined;
  const entry = finish(info, 'space', toks.slice(0, i + 1), toks.slice(i + 1));
  return entry.figures.length === 0 ? { ...entry, blank: true } : entry;
}

/** The same row read with its first `labelCount` cells as the label and every other cell as a figure. */
export function rowEntryWithLabel(info: LineInfo, labelCount: number): RowEntry | undefined {
  if (info.kind !== 'row' || !info.cells || !info.form || info.cells.length <= labelCount) return undefined;
  return finish(info, info.form, info.cells.slice(0, labelCount).filter((c) => c.text !== ''), info.cells.slice(labelCount));
}

function anyKeyed(figures: readonly RawCell[]): boolean {
  for (let i = 0; i < figures.length; i++) if (figures[i].key) return true;
  return false;
}

function finish(info: LineInfo, form: LineForm, labelCells: RawCell[], figures: RawCell[]): RowEntry {
  // A one-cell label is its cell's text. Longer ones are joined, not concatenated: a
  // concatenation is a rope, and the row matcher's cache then hashes and compares it slowly.
  const label = labelCells.length === 1 ? labelCells[0].text : labelCells.map((c) => c.text).join(' ');
  return { line: info.line, endLine: info.line, info, form, label, labelCells, figures, hasDigits: holdsDigit(figures) };
}

function holdsDigit(figures: readonly RawCell[]): boolean {
  for (let i = 0; i < figures.length; i++) if (DIGIT.test(foldWidth(figures[i].text))) return true;
  return false;
}

const DIGIT = /\d/;

/**
 * Trims a row's figure cells to the expected count: extra empty cells at the end (padding
 * from a wider header) and at the start (an empty label column) are not figures.
 */
export function fitFigures(figures: readonly RawCell[], expected: number): RawCell[] {
  const out = [...figures];
  while (out.length > expected && out[out.length - 1].text === '') out.pop();
  while (out.length > expected && out[0].text === '') out.shift();
  return out;
}

/** Key of a 第二十条 sub-table heading: the item number, or undefined. */
export function articleItemHeading(text: string): number | undefined {
  // The key holds 第二十条第(…)项: both characters are in the text itself (prose citing 《条例》 rarely has 项).
  if (!text.includes('条') || !text.includes('项')) return undefined;
  const m = /第二十条第\(([一二三四五六七八九十]+)\)项/.exec(labelKey(text));
  if (!m) return undefined;
  const n = '一二三四五六七八九十'.indexOf(m[1]);
  return n >= 0 ? n + 1 : undefined;
}
