import fc from 'fast-check';
import { SECTIONS, type TableSpec } from '../../server/src/engine';
import { figureText, reportFigures, T3, T4, TABLE2, TABLES, type ReportFigures } from './figures';
import { LAYOUTS, writeTable, type Layout, type LayoutStyle, type TableTexts } from './layouts';

/**
 * Whole reports, generated: a consistent set of tables (figures.ts) in one of the layouts
 * (layouts.ts), with the prose a report has around them — a period, prose figures and shares
 * that agree with the tables, the sentences the law asks for — so that a report without
 * faults must check clean, and a fault put into it is the only thing wrong.
 */

export interface Fault {
  readonly table: string;
  readonly row: string;
  /** The column (index in the spec), or -1: the whole row is left out. */
  readonly column: number;
  /** What the cell says instead: another figure, blank, or text. */
  readonly text: string;
}

export interface GeneratedReport {
  readonly text: string;
  readonly figures: ReportFigures;
  readonly layout: Layout;
  readonly faults: readonly Fault[];
  readonly year: number;
}

const AGENCIES = ['淮安市人民政府', '孝义市人民政府', '沭阳县发展和改革局', '上海市科学技术委员会', '某某镇人民政府'];
/** Agencies with rule-making power (rule-making-power: others report 规章 0). */
const MAKES_RULES = new Set(['淮安市人民政府']);

const heading = (style: number, text: string) => [`## ${text}`, text, `**${text}**`][style];

function tableBlock(spec: TableSpec, figures: ReportFigures, faults: readonly Fault[], layout: Layout, style: LayoutStyle): string[] {
  const texts = new Map<string, string[]>();
  for (const [row, values] of figures.get(spec.id)!) texts.set(row, values.map(figureText));
  for (const f of faults) {
    if (f.table !== spec.id || !texts.has(f.row)) continue;
    if (f.column < 0) texts.delete(f.row);
    else texts.get(f.row)![f.column] = f.text;
  }
  return writeTable(spec, texts as TableTexts, layout, style);
}

const value = (figures: ReportFigures, table: string, row: string, column: string) => {
  const spec = TABLES.find((t) => t.id === table)!;
  return figures.get(table)!.get(row)![spec.columns.findIndex((c) => c.id === column)];
};

/** 「予以公开 6 件（8.7%）」 at one decimal, rounded as the text would. */
function share(part: number, whole: number): string {
  return whole > 0 ? `（${((100 * part) / whole).toFixed(1)}%）` : '';
}

export function buildReport(figures: ReportFigures, faults: readonly Fault[], o: ReportOptions): GeneratedReport {
  const { year, agency, layout } = o;
  const h = (n: number) => heading(o.headingStyle, `${'一二三四五六'[n - 1]}、${SECTIONS[n - 1].title}`);
  const received = value(figures, 't3', 'new', 'total');
  const concluded = value(figures, 't3', 'r7', 'total');
  const disclosed = value(figures, 't3', 'r1', 'total');
  const lines = [
    ...(o.frontMatter ? ['---', `agency: ${agency}`, `year: ${year}`, `published: ${year + 1}-01-${o.day}`, '---', ''] : []),
    `# ${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等 6 个部分组成。本报告中所列数据的统计期限自 ${year} 年 1 月 1 日起，至 ${year} 年 12 月 31 日止。`,
    '',
    h(1),
    '',
    `${year} 年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年共受理政府信息公开申请 ${received} 件，办结 ${concluded} 件，其中予以公开 ${disclosed} 件${share(disclosed, concluded)}。出台行政规范性文件 ${value(figures, 't2-1', 'normative', 'issued')} 件。`,
    '',
    '将政务公开工作纳入年度绩效考核，考核结果已通报；通过网站留言开展社会评议；本年度未发生责任追究情况。',
    '',
    h(2),
    '',
    ...TABLE2.flatMap((t) => [...tableBlock(t, figures, faults, layout, o.style), '']),
    h(3),
    '',
    ...tableBlock(T3, figures, faults, layout, o.style),
    '',
    h(4),
    '',
    ...tableBlock(T4, figures, faults, layout, o.style),
    '',
    h(5),
    '',
    '公开的主动性和时效性有待提升。下一步将加强政策解读，提升公开质量。',
    '',
    h(6),
    '',
    `本机关 ${year} 年度未收取政府信息公开信息处理费。`,
    '',
    agency,
    '',
    `${year + 1} 年 1 月 ${Number(o.day)} 日`,
    '',
  ];
  return { text: lines.join(o.eol), figures, layout, faults, year };
}

export interface ReportOptions {
  readonly year: number;
  readonly agency: string;
  readonly layout: Layout;
  readonly style: LayoutStyle;
  readonly headingStyle: number;
  readonly frontMatter: boolean;
  readonly day: string;
  readonly eol: string;
}

export const reportOptions = (): fc.Arbitrary<ReportOptions> =>
  fc.record({
    year: fc.integer({ min: 2021, max: 2025 }),
    agency: fc.constantFrom(...AGENCIES),
    layout: fc.constantFrom(...LAYOUTS),
    style: fc.record({ padding: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), groups: fc.boolean(), wrapAt: fc.integer({ min: 8, max: 40 }) }),
    headingStyle: fc.integer({ min: 0, max: 2 }),
    frontMatter: fc.boolean(),
    day: fc.integer({ min: 10, max: 28 }).map(String),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
  });

/** Figures a report may state, with 规章 0 for an agency without rule-making power. */
export function figuresFor(agency: string): fc.Arbitrary<ReportFigures> {
  return reportFigures().map((f) => {
    if (MAKES_RULES.has(agency)) return f;
    const t21 = new Map(f.get('t2-1')!);
    t21.set('rules', t21.get('rules')!.map(() => 0));
    return new Map([...f, ['t2-1', t21]]);
  });
}

/** A consistent report: it must check clean (but for table-pasted, which is information). */
export const consistentReport = (): fc.Arbitrary<GeneratedReport> =>
  reportOptions().chain((o) => figuresFor(o.agency).map((f) => buildReport(f, [], o)));

/** Cells of table 三 and 四 that carry a figure (rows and columns of the format data). */
const ARITHMETIC_CELLS = [T3, T4].flatMap((t) => t.rows.filter((r) => r.role !== 'group').flatMap((r) => t.columns.map((_, column) => ({ table: t.id, row: r.id, column }))));

/** One arithmetic slip: a figure of table 三 or 四 off by a little. */
export const reportWithSlip = (): fc.Arbitrary<GeneratedReport> =>
  fc.tuple(reportOptions(), fc.constantFrom(...ARITHMETIC_CELLS), fc.integer({ min: 1, max: 9 })).chain(([o, cell, delta]) =>
    figuresFor(o.agency).map((f) => {
      const now = f.get(cell.table)!.get(cell.row)![cell.column];
      const text = String(now + delta);
      return buildReport(f, [{ ...cell, text }], o);
    }),
  );
