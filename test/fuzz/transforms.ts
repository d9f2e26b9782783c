import { Analysis, applyEdits, checkModel, convertDocument, fixAll, formatTables, LanguageIndex, parseReport, type ReportModel } from '../../server/src/engine';
import { checkDiagnostics, Lines, violated } from './entry-points';

/**
 * What the engine's rewrites promise, whatever the text: fix-all reaches a fixed point and
 * changes only figures a fix meant to change; conversion is idempotent and keeps every figure's
 * digits; formatting is idempotent and keeps every cell.
 */

/** A cell by its official address, first occurrence of each row: 「t3/r1/natural」 → its raw text. */
export function cellsOf(model: ReportModel): Map<string, { raw: string; value?: number; status: string; start: number; end: number }> {
  const out = new Map<string, { raw: string; value?: number; status: string; start: number; end: number }>();
  for (const table of model.tables.values()) {
    for (const row of table.byId.values()) {
      for (const cell of row.cells) out.set(`${table.id}/${row.spec.id}/${cell.column.id}`, { raw: cell.raw.trim(), value: cell.parsed.value, status: cell.parsed.status, ...cell.span });
    }
  }
  return out;
}

/**
 * A figure's digits, however written: 「１,２３４」「**1234**」「01234」 → 1234; 「2.50」 → 2.5;
 * 「-０」 → 0 (a minus on zero changes no digit: the engine writes it 0, as cell-number-style offers).
 */
export function figureDigits(raw: string): string {
  const t = raw.normalize('NFKC').replace(/[\s,*_]/g, '');
  const m = /^(-?)0*(\d+?)(?:\.(\d*?)0*)?$/.exec(t);
  if (!m) return t;
  const digits = `${m[2]}${m[3] ? `.${m[3]}` : ''}`;
  return digits === '0' ? digits : `${m[1]}${digits}`;
}

const NUMBER_STATUSES = new Set(['ok', 'styled', 'negative', 'not-integer']);

/** The prose figures (text-table-mismatch's claims) and shares, as written, in document order. */
export function proseFigures(model: ReportModel): string[] {
  const a = Analysis.of(model);
  return [...a.claims.map((c) => `${c.claim.kind}=${c.claim.value}`), ...a.percentages.map((p) => `${p.claim.kind}=${p.claim.percent}%`)];
}

export function fixAllSettles(text: string): string {
  const before = parseReport(text);
  const first = fixAll(text);
  const again = fixAll(first.text);
  if (again.text !== first.text) violated(`fix-all is not a fixed point: a second run changes the text again (${first.passes} passes, then ${again.passes})`);
  const after = parseReport(first.text);
  checkDiagnostics(new Lines(first.text), checkModel(after));
  // Every figure fix-all changed was covered by a fix of the original check (the table rewritten,
  // the cell named by an arithmetic diagnosis): nothing changes behind the user's back.
  const edits = checkModel(before).flatMap((d) => d.fixes.filter((f) => f.preferred).flatMap((f) => f.edits.map((e) => ({ rule: d.rule, span: e.span }))));
  const old = cellsOf(before);
  for (const [address, now] of cellsOf(after)) {
    const was = old.get(address);
    if (!was || !NUMBER_STATUSES.has(was.status) || figureDigits(was.raw) === figureDigits(now.raw)) continue;
    const meant = edits.some((e) => e.span.start <= was.end && e.span.end >= was.start);
    if (!meant) violated(`fix-all changed ${address} from ${was.raw} to ${now.raw}, which no fix of the original check touched`);
  }
  // Which of a prose figure and a table figure is wrong is the user's decision (item 13).
  const prose = proseFigures(before);
  const proseAfter = proseFigures(after);
  if (prose.length === proseAfter.length && prose.some((p, i) => p !== proseAfter[i])) violated(`fix-all changed a prose figure: ${prose.join(' ')} → ${proseAfter.join(' ')}`);
  return first.text;
}

export function convertKeepsFigures(text: string): string {
  const once = convertDocument(text).text;
  const twice = convertDocument(once).text;
  if (twice !== once) violated('conversion is not idempotent: converting the converted text changes it');
  const old = cellsOf(parseReport(text));
  const now = cellsOf(parseReport(once));
  for (const [address, was] of old) {
    if (!NUMBER_STATUSES.has(was.status)) continue;
    const cell = now.get(address);
    if (!cell) violated(`conversion lost ${address} (${was.raw})`);
    if (figureDigits(cell.raw) !== figureDigits(was.raw)) violated(`conversion changed ${address} from ${was.raw} to ${cell.raw}`);
  }
  return once;
}

export function formattingIdempotent(text: string): string {
  const format = (t: string) => applyEdits(t, formatTables(new LanguageIndex(parseReport(t))).map((r) => ({ span: r.span, newText: r.newText }))).text;
  const once = format(text);
  if (format(once) !== once) violated('formatting is not idempotent: formatting the formatted text changes it');
  const old = cellsOf(parseReport(text));
  const now = cellsOf(parseReport(once));
  for (const [address, was] of old) {
    const cell = now.get(address);
    if (!cell || cell.raw !== was.raw) violated(`formatting changed ${address} from ${JSON.stringify(was.raw)} to ${JSON.stringify(cell?.raw)}`);
  }
  return once;
}
