import { unzipSync, strFromU8 } from 'fflate';

/**
 * A reader for the parts of a .docx the tests check: unzip (fflate), then the tables of
 * word/document.xml as grids, merges resolved the way Word lays them out (gridSpan widens a
 * cell; a vMerge continuation cell belongs to the cell above it). docx writes regular XML, so
 * a few patterns suffice.
 */

export interface DocxParts {
  readonly files: Record<string, Uint8Array>;
  readonly document: string;
  readonly rels: string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return { files, document: strFromU8(files['word/document.xml']), rels: strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array()) };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of an XML fragment: its w:t runs joined. */
export function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
}

/** Top-level tables of the body (no nested tables are written). */
export function tables(document: string): string[] {
  return [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
}

export interface DocxCell {
  readonly text: string;
  readonly gridSpan: number;
  readonly vMerge?: 'restart' | 'continue';
  readonly vertical: boolean;
}

export function tableRows(table: string): DocxCell[][] {
  return [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
      const props = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(tc[1])?.[1] ?? '';
      const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(props);
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(props);
      return {
        text: runText(tc[1]),
        gridSpan: span ? Number(span[1]) : 1,
        vMerge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : undefined,
        vertical: /<w:textDirection w:val="tbRl"\/>/.test(props),
      };
    }),
  );
}

/** The laid-out grid: the origin cell's text in every slot it covers, with an id per merged cell. */
export function docxGrid(table: string): { text: string; id: number }[][] {
  const out: { text: string; id: number }[][] = [];
  let next = 0;
  tableRows(table).forEach((row, r) => {
    out[r] = [];
    let c = 0;
    for (const cell of row) {
      const above = r > 0 ? out[r - 1][c] : undefined;
      const slot = cell.vMerge === 'continue' && above ? above : { text: cell.text, id: next++ };
      for (let k = 0; k < cell.gridSpan; k++) out[r][c + k] = slot;
      c += cell.gridSpan;
    }
  });
  return out;
}
