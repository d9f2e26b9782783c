import type { Block, ImportedDocument } from '../document';
import { ImportError } from '../errors';
import type { PageContent } from './content';
import { dropFurniture } from './furniture';
import { linesOf, type Line } from './lines';
import { loadPages, type PdfResources } from './load';
import { continues, joinTables } from './merge';
import { metricsOf, proseBlocks } from './prose';
import { pageTables, type PageTable } from './tables';

/**
 * A PDF as the document model, rebuilt from where its text stands: ruled tables become grids
 * (merged cells from missing rulings), a table cut by a page break becomes one table, page
 * numbers and running headers go, and the remaining lines become paragraphs and headings.
 */
export async function readPdf(bytes: Uint8Array, resources?: PdfResources): Promise<ImportedDocument> {
  const pages = await loadPages(bytes, resources);
  assertTextLayer(pages);
  const split = pages.map((page) => ({ page, ...pageTables(page) }));
  const kept = dropFurniture(split.map((s) => ({ height: s.page.height, lines: linesOf(s.page.number, s.rest) })));
  const metrics = metricsOf(kept.flat());

  // Everything in reading order: each page top to bottom, tables and lines by their top edge.
  type Item = { readonly table: PageTable } | { readonly line: Line };
  const items: Item[] = split.flatMap((s, i) =>
    [...s.tables.map((table) => ({ at: table.top, item: { table } as Item })), ...kept[i].map((line) => ({ at: line.y - line.size, item: { line } as Item }))]
      .sort((a, b) => a.at - b.at)
      .map((x) => x.item),
  );

  const blocks: Block[] = [];
  let lines: Line[] = [];
  let table: PageTable | undefined;
  const flushTable = () => {
    if (table) blocks.push({ kind: 'table', rows: table.rows, origin: table.rows[0].origin });
    table = undefined;
  };
  for (const item of items) {
    if ('line' in item) {
      flushTable();
      lines.push(item.line);
      continue;
    }
    if (table && lines.length === 0 && continues(table, item.table)) {
      table = joinTables(table, item.table);
      continue;
    }
    flushTable();
    blocks.push(...proseBlocks(lines, metrics));
    lines = [];
    table = item.table;
  }
  flushTable();
  blocks.push(...proseBlocks(lines, metrics));
  return { format: 'pdf', blocks };
}

/** A scanned PDF is pictures of pages: there is nothing to read without OCR. */
function assertTextLayer(pages: readonly PageContent[]): void {
  let chars = 0;
  let unmapped = 0;
  for (const page of pages) {
    for (const piece of page.pieces) {
      for (const ch of piece.text) {
        if (ch.trim() === '') continue;
        chars++;
        if (/[\ue000-\uf8ff\ufffd]/.test(ch)) unmapped++;
      }
    }
  }
  if (chars < 20) {
    throw new ImportError({
      zh: '没有文字层（可能是扫描件或图片），无法读取其中的文字；请先用 OCR 软件识别文字，或找到原始的 Word 文档',
      en: 'has no text layer (a scan or images of pages), so there is no text to read; run OCR on it first, or find the original Word document',
    });
  }
  if (unmapped > chars * 0.3) {
    throw new ImportError({
      zh: '的文字无法提取（字体没有 Unicode 映射，提取出的是乱码）；请用 OCR 软件识别，或找到原始的 Word 文档',
      en: 'has text that cannot be extracted (its fonts carry no Unicode mapping, so it comes out garbled); run OCR on it, or find the original Word document',
    });
  }
}
