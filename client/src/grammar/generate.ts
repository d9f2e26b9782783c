/**
 * Build-time only (not bundled into the extension): writes the TextMate grammar
 * `syntaxes/govreport.tmLanguage.json` from the engine's format data. Every label the
 * grammar knows — section headings, row labels, column headers — comes from FORMAT_2021 /
 * FORMAT_2019, so the official wording is never typed twice. `scripts/gen-grammar.mjs`
 * writes the file; test/grammar/grammar.test.ts fails when the committed file drifts.
 *
 * Shape: Markdown underneath (`text.html.markdown`), with
 *  - our own front-matter, pipe-table and pasted-table rules placed before Markdown at the
 *    top level (a table row must be read whole to know which cell is its total), and
 *  - injections into every Markdown scope for section headings, article references and
 *    the figures quoted in prose.
 */
import { FORMAT_2019, FORMAT_2021, SECTIONS, type FormatSpec, type TableSpec } from '../../../server/src/engine/format';

export const SCOPE_NAME = 'text.govreport';

/** Scope names, exported for the grammar test so assertions and grammar never disagree. */
export const SCOPES = {
  section: 'entity.name.section.govreport',
  sectionNumber: 'constant.numeric.section-number.govreport',
  rowLabel: 'entity.name.type.row-label.govreport',
  columnLabel: 'entity.other.attribute-name.column-label.govreport',
  totalLabel: 'keyword.other.total.govreport',
  figure: 'constant.numeric.figure.govreport',
  total: 'constant.numeric.total.govreport',
  totalRow: 'meta.row.total.govreport',
  table: 'meta.table.govreport',
  tableRow: 'meta.table.row.govreport',
  pastedRow: 'meta.table.row.pasted.govreport',
  article: 'support.constant.article-reference.govreport',
  lawTitle: 'support.class.law-title.govreport',
  frontMatter: 'meta.embedded.block.frontmatter',
  frontMatterDelimiter: 'punctuation.definition.frontmatter.govreport',
  pipe: 'punctuation.definition.table.markdown',
  delimiterRow: 'punctuation.separator.table.markdown',
} as const;

/** The subset of the TextMate grammar format this generator writes. */
export interface GrammarRule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  captures?: Record<string, GrammarRule>;
  beginCaptures?: Record<string, GrammarRule>;
  endCaptures?: Record<string, GrammarRule>;
  patterns?: GrammarRule[];
}

export interface Grammar {
  $comment: string;
  name: string;
  scopeName: string;
  patterns: GrammarRule[];
  injections: Record<string, GrammarRule>;
  repository: Record<string, GrammarRule>;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One alternation, longest first (so 行政诉讼（复议后起诉） wins over 行政诉讼), de-duplicated, stable. */
function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.trim()).filter((w) => w.length > 0))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

const FORMATS: readonly FormatSpec[] = [FORMAT_2021, FORMAT_2019];
const allTables = (): TableSpec[] => FORMATS.flatMap((f) => f.tables);

function rowWords(tables: readonly TableSpec[], keep: (role: string) => boolean): string[] {
  return tables.flatMap((t) => t.rows.filter((r) => keep(r.role)).flatMap((r) => [r.label, r.body, ...r.variants.map((v) => v.text)]));
}

function columnWords(tables: readonly TableSpec[]): string[] {
  return tables.flatMap((t) => [t.headerLabel, ...t.columns.flatMap((c) => [c.label, ...c.variants])]);
}

/** Tables whose last column is the row total (表三, 表四): their last cell is a total. */
const tablesWithTotalColumn = (): TableSpec[] => allTables().filter((t) => t.columns[t.columns.length - 1]?.id === 'total');

const CN_DIGIT = '[一二三四五六七八九十]';
/** Optional numbering in front of a label in any of its real-world spellings: 一、 （一） (一) 1. 1、 1． */
const NUMBERING = `(?:${CN_DIGIT}+、|[（(]${CN_DIGIT}+[）)]|[0-9０-９]+\\s*[.、．])`;
/** A figure as written in a cell: digits (half- or full-width), thousands separators, decimals. */
const NUMBER = '[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?';
/** Units that make a number in prose a counted figure (70 件, 8311 条, 429.39 万元) rather than a year or date. */
const PROSE_UNITS = '(?:件|条|个|次|期|项|人次|家|份|万元|元)';

export function generateGrammar(): Grammar {
  const tables = allTables();
  const labels = alternation(rowWords(tables, (role) => role !== 'total'));
  const totalLabels = alternation(rowWords(tables, (role) => role === 'total'));
  const columns = alternation(columnWords(tables));
  const totalColumnLabels = alternation(rowWords(tablesWithTotalColumn(), (role) => role !== 'total'));
  const headings = alternation(SECTIONS.flatMap((s) => [s.title, ...s.variants]));
  const sectionNumber = `[${SECTIONS.map((s) => '〇一二三四五六七八九十'[s.number]).join('')}]`;

  const figure = (name: string): GrammarRule => ({ match: `(?<![0-9０-９.．])${NUMBER}(?![0-9０-９])`, name });
  const pipe: GrammarRule = { match: '\\|', name: SCOPES.pipe };
  const markdownInline: GrammarRule = { include: 'text.html.markdown#inline' };
  const labelCell: GrammarRule = {
    patterns: [
      { match: `(?:${NUMBERING}\\s*)?${totalLabels}`, name: SCOPES.totalLabel },
      { match: `(?:${NUMBERING}\\s*)?${labels}`, name: SCOPES.rowLabel },
      { match: columns, name: SCOPES.columnLabel },
      markdownInline,
    ],
  };
  const totalLabel = `(?:${NUMBERING}\\s*)?${totalLabels}`;
  const totalColumnLabel = `(?:${NUMBERING}\\s*)?${totalColumnLabels}`;
  /** A whole cell of a tab-separated row that holds a figure. */
  const tabCell = (name: string): GrammarRule => ({ match: `(?:(?<=\\t)|^)[ ]*(${NUMBER})[ ]*(?=\\t|$)`, captures: { '1': { name } } });
  const pastedLabels: GrammarRule[] = [
    { match: `(?:${NUMBERING}\\s*)?${labels}`, name: SCOPES.rowLabel },
    { match: columns, name: SCOPES.columnLabel },
  ];
  const cells = (figureScope: string): GrammarRule => ({
    patterns: [pipe, figure(figureScope), { match: columns, name: SCOPES.columnLabel }, markdownInline],
  });

  return {
    $comment: 'GENERATED by scripts/gen-grammar.mjs from the engine format data (server/src/engine/format). Do not edit by hand.',
    name: 'govreport',
    scopeName: SCOPE_NAME,
    patterns: [{ include: '#front-matter' }, { include: '#pipe-table' }, { include: '#pasted-row' }, { include: 'text.html.markdown' }],
    injections: {
      // Everywhere in the Markdown prose, but not in code or the YAML front matter.
      [`L:${SCOPE_NAME} -meta.embedded -markup.fenced_code -markup.inline.raw -markup.raw -${SCOPES.table}`]: {
        patterns: [{ include: '#section-heading' }, { include: '#article-reference' }, { include: '#prose-figure' }],
      },
    },
    repository: {
      'front-matter': {
        begin: '\\A(-{3})\\s*$',
        beginCaptures: { '1': { name: SCOPES.frontMatterDelimiter } },
        contentName: SCOPES.frontMatter,
        end: '^(-{3}|\\.{3})\\s*$',
        endCaptures: { '1': { name: SCOPES.frontMatterDelimiter } },
        // The key rule keeps the block alive where no YAML grammar is installed: TextMate drops a
        // begin/end rule whose only patterns are missing, and the front matter would read as prose.
        patterns: [{ include: 'source.yaml' }, { match: '^\\s*([A-Za-z][\\w-]*)\\s*(:)', captures: { '1': { name: 'entity.name.tag.yaml' } } }],
      },
      'section-heading': {
        // The official wording (or an accepted variant) after its number, at a line start or after #/** markers.
        match: `(?:^|(?<=[#*\\s]))(${sectionNumber})、\\s*(?:\\*\\*)?${headings}`,
        name: SCOPES.section,
        captures: { '1': { name: SCOPES.sectionNumber } },
      },
      'article-reference': {
        patterns: [
          { match: '《(?:中华人民共和国)?政府信息公开条例》|《条例》', name: SCOPES.lawTitle },
          {
            match: `第[一二三四五六七八九十百零〇]+条(?:第[一二三四五六七八九十]+款)?(?:第[（(]${CN_DIGIT}+[）)]项)*`,
            name: SCOPES.article,
          },
        ],
      },
      'prose-figure': { match: `(?<![0-9０-９.．])${NUMBER}(?=\\s*${PROSE_UNITS})`, name: SCOPES.figure },
      'pipe-table': {
        begin: '(^|\\G)(?=[ ]{0,3}\\|)',
        while: '(^|\\G)(?=[ ]{0,3}\\|)',
        name: `markup.table.markdown ${SCOPES.table}`,
        patterns: [
          { match: '^[ ]{0,3}\\|(?:\\s*:?-+:?\\s*\\|)+\\s*$', name: SCOPES.delimiterRow },
          {
            // A total row (（七）总计): every figure in it is a total.
            match: `^[ ]{0,3}(\\|)([^|]*${totalLabels}[^|]*)(\\|.*)$`,
            name: `${SCOPES.tableRow} ${SCOPES.totalRow}`,
            captures: { '1': pipe, '2': labelCell, '3': cells(SCOPES.total) },
          },
          {
            // A row of 表三 / 表四: the last cell is the row's total.
            match: `^[ ]{0,3}(\\|)([^|]*${totalColumnLabels}[^|]*)(\\|.*?)(\\|)\\s*(${NUMBER})?\\s*(\\|)\\s*$`,
            name: SCOPES.tableRow,
            captures: { '1': pipe, '2': labelCell, '3': cells(SCOPES.figure), '4': pipe, '5': { name: SCOPES.total }, '6': pipe },
          },
          {
            match: '^[ ]{0,3}(\\|)([^|]*)(\\|.*)?$',
            name: SCOPES.tableRow,
            captures: { '1': pipe, '2': labelCell, '3': cells(SCOPES.figure) },
          },
        ],
      },
      'pasted-row': {
        // Tables pasted from Word or a PDF: tab-separated cells, often tab-indented (which Markdown
        // would take for a code block). Reports use no tabs otherwise, so a tab marks a table row.
        patterns: [
          {
            match: `^(?=.*\\t)(?=.*?${totalLabel})(.*)$`,
            name: `${SCOPES.pastedRow} ${SCOPES.totalRow}`,
            captures: { '1': { patterns: [{ match: totalLabel, name: SCOPES.totalLabel }, tabCell(SCOPES.total)] } },
          },
          {
            match: `^(?=.*\\t)(?=.*?${totalColumnLabel})(.*\\t)[ ]*(${NUMBER})[ ]*$`,
            name: SCOPES.pastedRow,
            captures: { '1': { patterns: [...pastedLabels, tabCell(SCOPES.figure)] }, '2': { name: SCOPES.total } },
          },
          {
            match: '^(?=.*\\t)(.*)$',
            name: SCOPES.pastedRow,
            captures: { '1': { patterns: [...pastedLabels, tabCell(SCOPES.figure)] } },
          },
        ],
      },
    },
  };
}

/** The file text exactly as committed (stable key order, two-space indent, final newline). */
export function grammarFileText(): string {
  return `${JSON.stringify(generateGrammar(), null, 2)}\n`;
}
