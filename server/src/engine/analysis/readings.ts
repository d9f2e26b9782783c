import { tableSpec, TABLE4_LITIGATION, type TableId, type TableSpec } from '../format';
import type { Bilingual } from '../format/schema';
import type { CellNode } from '../model';
import { usableValue } from '../text/numbers';
import type { Analysis } from './analysis';
import type { Claim, ClaimKind } from './claims';
import { rowsOfGroup } from './figures';

/**
 * What a prose figure may mean in the tables. Agencies word the same figure differently
 * (受理 749 = 新收 713 + 上年结转 36 in one report, 受理 3119 = 新收 in another): a claim
 * matches if it equals any reading it admits, and is flagged only when it equals none.
 */
export interface Reading {
  readonly value: number;
  /** The table figure(s), named for the message: 表三「一、本年新收…」总计. */
  readonly name: Bilingual;
  /** The single cell this reading is, when it is one cell (the fix may set it). */
  readonly cell?: CellNode;
  /** Other values the same reading may take (a total the arithmetic diagnosis says should differ). */
  readonly alternatives?: readonly number[];
}

/** A prose figure and the table figures it may mean. */
export interface CheckedClaim {
  readonly claim: Claim;
  readonly readings: readonly Reading[];
}

const T3 = 't3' as TableId;
const T4 = 't4' as TableId;

// Names in messages come from the format data: 表三「（二）部分公开」, 表四「未经复议直接起诉」.
const T3_SPEC = tableSpec('2021', T3)!;
const T4_SPEC = tableSpec('2021', T4)!;
const T2_1_SPEC = tableSpec('2021', 't2-1')!;
const rowLabel = (spec: TableSpec, id: string) => spec.rows.find((r) => r.id === id)!.label;
const columnLabel = (spec: TableSpec, id: string) => spec.columns.find((c) => c.id === id)!.label;
/** A label without the counting note it prints: （二）部分公开（区分处理的，…） → （二）部分公开. */
const short = (label: string) => label.replace(/（[^（）]*，[^（）]*）$/, '');
/** The block a litigation label names: 行政诉讼（未经复议直接起诉） → 未经复议直接起诉. */
const blockName = (label: string) => /（(.+)）$/.exec(label)?.[1] ?? label;
/** A name built once per row id: every claim of every report asks for the same few. */
const memo = (name: (id: string) => string) => {
  const names = new Map<string, string>();
  return (id: string) => names.get(id) ?? names.set(id, name(id)).get(id)!;
};
const t3Row = memo((id) => `${T3_SPEC.name.zh}「${short(rowLabel(T3_SPEC, id))}」`);
const t4Row = memo((id) => `${T4_SPEC.name.zh}「${rowLabel(T4_SPEC, id)}」`);
const ORGANISATIONS = T3_SPEC.columns.filter((c) => c.group).map((c) => c.id);
const ORGANISATION_GROUP = T3_SPEC.columns.find((c) => c.group)!.group!;
/** Table 二 as the messages name it (its sub-tables are 表二第二十条第（…）项). */
const TABLE2 = '表二';

export function readingsFor(kind: ClaimKind, analysis: Analysis, claim?: Claim): Reading[] {
  const f = analysis.figures;
  const t3 = f.table(T3);
  const t4 = f.table(T4);
  const expected = analysis.arithmetic.expectedByCell;

  const total = (table: TableId, row: string, zh: string, en: string): Reading | undefined => {
    const value = f.rowTotal(table, row);
    if (value === undefined) return undefined;
    const cell = f.cell(table, row, 'total');
    const alt = cell ? expected.get(cell) : undefined;
    return { value, name: { zh, en }, cell: cell && usableValue(cell.parsed) === value ? cell : undefined, alternatives: alt !== undefined ? [alt] : [] };
  };
  const cellReading = (table: TableId, row: string, column: string, zh: string, en: string): Reading | undefined => {
    const cell = f.cell(table, row, column);
    const value = cell ? usableValue(cell.parsed) : undefined;
    if (cell === undefined || value === undefined) return undefined;
    const alt = expected.get(cell);
    return { value, name: { zh, en }, cell, alternatives: alt !== undefined ? [alt] : [] };
  };
  const sum = (parts: (Reading | undefined)[], zh: string, en: string): Reading | undefined => {
    if (parts.some((p) => p === undefined)) return undefined;
    return { value: parts.reduce((a, p) => a + p!.value, 0), name: { zh, en } };
  };
  const group = (groupId: string, zh: string, en: string): Reading | undefined => {
    if (!t3) return undefined;
    const rows = rowsOfGroup(t3.spec, groupId).map((r) => r.id);
    const value = f.sumOfRows(T3, rows);
    return value === undefined ? undefined : { value, name: { zh, en } };
  };
  const columnsSum = (row: string, columns: readonly string[]) => f.columnsSum(T3, row, columns)?.sum;

  const keep = (...rs: (Reading | undefined)[]) => rs.filter((r): r is Reading => r !== undefined);
  switch (kind) {
    case 'received': {
      const a = total(T3, 'new', `${t3Row('new')}总计`, 'table 三 一 (received this year), total');
      const b = total(T3, 'carried', '', '');
      return keep(a, a && b ? sum([a, b], '表三「一」与「二」总计之和', 'table 三 一 + 二, total') : undefined);
    }
    case 'carried-in':
      return keep(total(T3, 'carried', `${t3Row('carried')}总计`, 'table 三 二 (carried over), total'));
    case 'concluded': {
      const r7 = total(T3, 'r7', t3Row('r7'), 'table 三 （七）总计');
      const a = total(T3, 'new', '', '');
      const b = total(T3, 'carried', '', '');
      const c = total(T3, 'next', '', '');
      const derived = a && b && c ? { value: a.value + b.value - c.value, name: { zh: '表三 一 + 二 − 四', en: 'table 三 一 + 二 − 四' } } : undefined;
      return keep(r7, derived);
    }
    case 'carried-out':
      return keep(total(T3, 'next', `${t3Row('next')}总计`, 'table 三 四 (carried into next year), total'));
    case 'all-concluded': {
      const next = total(T3, 'next', t3Row('next'), 'table 三 四 (carried into next year)');
      return keep(next);
    }
    case 'natural':
    case 'organisations': {
      const cols = kind === 'natural' ? ['natural'] : ORGANISATIONS;
      const zh = kind === 'natural' ? `「${columnLabel(T3_SPEC, 'natural')}」` : `「${ORGANISATION_GROUP}」五列之和`;
      const en = kind === 'natural' ? 'natural persons' : 'the five organisation columns';
      // Blank cells of 一 say nothing yet (a draft), as a blank 总计 beside blanks does (rowTotal).
      const received = f.columnsSum(T3, 'new', cols);
      const a = received?.blank ? undefined : received?.sum;
      const b = columnsSum('carried', cols);
      return keep(
        a === undefined ? undefined : { value: a, name: { zh: `表三「一」${zh}`, en: `table 三 一, ${en}` } },
        a === undefined || b === undefined ? undefined : { value: a + b, name: { zh: `表三「一」与「二」${zh}`, en: `table 三 一 + 二, ${en}` } },
      );
    }
    case 'disclosed':
      return keep(total(T3, 'r1', `${t3Row('r1')}总计`, 'table 三 （一） disclosed, total'));
    case 'partial':
      return keep(total(T3, 'r2', `${t3Row('r2')}总计`, 'table 三 （二） partly disclosed, total'));
    case 'disclosed-and-partial': {
      const a = total(T3, 'r1', '', '');
      const b = total(T3, 'r2', '', '');
      return keep(sum([a, b], `${t3Row('r1')}与「${short(rowLabel(T3_SPEC, 'r2'))}」总计之和`, 'table 三 （一） + （二）, total'));
    }
    case 'refused':
      return keep(group('r3', `${t3Row('r3')}各项之和`, 'table 三 （三） refused, all rows'));
    case 'unable':
      return keep(group('r4', `${t3Row('r4')}各项之和`, 'table 三 （四） cannot provide, all rows'));
    case 'not-handled':
      return keep(group('r5', `${t3Row('r5')}各项之和`, 'table 三 （五） not handled, all rows'));
    case 'other-handled':
      return keep(group('r6', `${t3Row('r6')}各项之和`, 'table 三 （六） other outcomes, all rows'));
    case 'review':
      return t4 ? keep(cellReading(T4, 'review', 'total', `${t4Row('review')}总计`, 'table 四 reconsideration, total')) : [];
    case 'suit': {
      if (!t4) return [];
      const d = cellReading(T4, 'suit-direct', 'total', `${t4Row('suit-direct')}总计`, 'table 四 direct lawsuits, total');
      const a = cellReading(T4, 'suit-after', 'total', `${t4Row('suit-after')}总计`, 'table 四 lawsuits after reconsideration, total');
      return keep(sum([d, a], `${T4_SPEC.name.zh}两类${TABLE4_LITIGATION}总计之和`, 'table 四 both kinds of lawsuit, total'), d, a);
    }
    case 'upheld':
    case 'corrected':
    case 'other-result':
    case 'pending': {
      if (!t4 || !claim?.of) return [];
      const column = kind === 'other-result' ? 'other' : kind;
      const label = t4.spec.columns.find((c) => c.id === column)!.label;
      if (claim.of === 'review') return keep(cellReading(T4, 'review', column, `${t4Row('review')}「${label}」`, `table 四 reconsideration, ${label}`));
      const d = cellReading(T4, 'suit-direct', column, `${T4_SPEC.name.zh}「${blockName(rowLabel(T4_SPEC, 'suit-direct'))}」「${label}」`, `table 四 direct lawsuits, ${label}`);
      const a = cellReading(T4, 'suit-after', column, `${T4_SPEC.name.zh}「${blockName(rowLabel(T4_SPEC, 'suit-after'))}」「${label}」`, `table 四 lawsuits after reconsideration, ${label}`);
      return keep(sum([d, a], `${T4_SPEC.name.zh}两类${TABLE4_LITIGATION}「${label}」之和`, `table 四 both kinds of lawsuit, ${label}`), d, a);
    }
    case 'normative-issued':
      return keep(cellReading('t2-1' as TableId, 'normative', 'issued', `${TABLE2}「${rowLabel(T2_1_SPEC, 'normative')}」「${columnLabel(T2_1_SPEC, 'issued')}」`, 'table 二 normative documents issued this year'));
    case 'rules-issued':
      return keep(cellReading('t2-1' as TableId, 'rules', 'issued', `${TABLE2}「${rowLabel(T2_1_SPEC, 'rules')}」「${columnLabel(T2_1_SPEC, 'issued')}」`, 'table 二 rules issued this year'));
  }
}

/** Whether a claimed value agrees with any reading. */
export function agrees(claim: Claim, readings: readonly Reading[]): boolean {
  return readings.some((r) => r.value === claim.value || (r.alternatives ?? []).includes(claim.value));
}
