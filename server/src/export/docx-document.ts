import { AlignmentType, Document, Footer, HeadingLevel, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { LayoutBlock, LayoutDocument } from '../engine';
import { proseBlocks } from './docx-prose';
import { docxTable } from './docx-table';
import { font, FONTS, INDENT_2, PAGE, SIZES, STYLES } from './docx-style';

/**
 * The Word document of a report, from the layout model (the same one the HTML is made from):
 * title, section headings, prose, the statutory tables in the official layout with their
 * merged cells, the signature block and date, and page numbers 「— 1 —」 in the footer.
 * Diagnostics are not shown: this is the document to publish (the CLI and the editor refuse
 * to export a report with errors unless forced).
 */
export function docxDocument(layout: LayoutDocument): Document {
  const children: (Paragraph | Table)[] = [];
  for (const block of layout.blocks) children.push(...blockContent(block));
  return new Document({
    creator: 'govreport',
    title: layout.title ?? '政府信息公开工作年度报告',
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

function blockContent(block: LayoutBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(block.text)] })];
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'prose':
      return proseBlocks(block.markdown);
    case 'table':
      // An empty paragraph after a table: Word joins two adjacent tables into one otherwise.
      return [docxTable(block), new Paragraph({ children: [] })];
    case 'signature': {
      // 署名 and 成文日期 right-aligned, the date indented four characters from the right (GB/T 9704).
      const out: Paragraph[] = [new Paragraph({ children: [] }), new Paragraph({ children: [] })];
      if (block.agency) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_2 }, children: [new TextRun(block.agency)] }));
      if (block.date) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_2 * 2 }, children: [new TextRun(block.date)] }));
      return out;
    }
  }
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.table), size: SIZES.footer })],
      }),
    ],
  });
}
