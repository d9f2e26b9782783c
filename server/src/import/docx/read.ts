import { unzipSync } from 'fflate';
import type { Block, ImportedDocument, Run } from '../document';
import { ImportError } from '../errors';
import { child, parseXml, XmlError, type XmlElement } from '../xml';
import { Numbering } from './numbering';
import { paragraphRuns, splitLines } from './runs';
import { Styles } from './styles';
import { isLayoutTable, readDocxTable } from './table';

/**
 * A Word document (.docx, as Word and WPS write it) as the document model, read from its
 * OOXML directly: paragraphs with their heading level (style or outline level) and automatic
 * numbering, bold runs, and tables with merged cells (gridSpan, vMerge) as the grid they show.
 * Headers and footers (page numbers) are separate parts and are not read.
 *
 * Why not mammoth: its HTML loses the table and paragraph indices that `check` reports
 * findings by, it drops automatic numbering (「一、」 of a numbered heading), and it brings
 * jszip, xmldom and underscore for what is ~300 lines here over fflate, already a dependency.
 */
export function readDocx(bytes: Uint8Array): ImportedDocument {
  const parts = unzip(bytes);
  const main = mainPart(parts);
  const document = xml(parts, main);
  if (!document) throw new ImportError(NOT_WORD);
  const body = child(document, 'w:body');
  if (!body) throw new ImportError(NOT_WORD);
  const reader = new BodyReader(new Styles(xml(parts, 'word/styles.xml')), new Numbering(xml(parts, 'word/numbering.xml')));
  reader.read(body);
  return { format: 'docx', blocks: reader.blocks };
}

class BodyReader {
  readonly blocks: Block[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  read(container: XmlElement): void {
    for (const node of container.children) {
      if (typeof node === 'string') continue;
      if (node.name === 'w:p') this.paragraph(node);
      else if (node.name === 'w:tbl') this.table(node);
      else if (node.name === 'w:sdt') {
        const content = child(node, 'w:sdtContent');
        if (content) this.read(content);
      } else if (node.name === 'w:customXml') this.read(node);
    }
  }

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'w:pPr');
    const style = this.styles.of(pPr && child(pPr, 'w:pStyle')?.attrs['w:val']);
    const outline = pPr && child(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const level = outline !== undefined && Number(outline) <= 8 ? Number(outline) + 1 : style.headingLevel;
    const numPr = pPr && child(pPr, 'w:numPr');
    const numId = numPr && child(numPr, 'w:numId')?.attrs['w:val'];
    const label = numId ? this.numbering.next(numId, Number(child(numPr!, 'w:ilvl')?.attrs['w:val'] ?? 0)) : '';
    const runs: Run[] = [...(label ? [{ text: label }] : []), ...paragraphRuns(p, style.bold ?? false)];
    for (const line of splitLines(runs)) {
      const origin = { kind: 'docx' as const, paragraph: ++this.paragraphs };
      if (level !== undefined) this.blocks.push({ kind: 'heading', level, text: line.map((r) => r.text).join(''), origin });
      else this.blocks.push({ kind: 'paragraph', runs: line, origin });
    }
  }

  private table(tbl: XmlElement): void {
    if (isLayoutTable(tbl)) {
      // The whole text set in a table for layout: read its cells as the body they hold.
      for (const tr of tbl.children) if (typeof tr !== 'string' && tr.name === 'w:tr') for (const tc of tr.children) if (typeof tc !== 'string' && tc.name === 'w:tc') this.read(tc);
      return;
    }
    const index = ++this.tables;
    const rows = readDocxTable(tbl, index);
    if (rows.length > 0) this.blocks.push({ kind: 'table', rows, origin: rows[0].origin });
  }
}

/** Parts larger than this are not a report's text (a report's document.xml is well under 5 MB). */
const MAX_PART = 64 * 1024 * 1024;
const WANTED = /^(?:_rels\/\.rels|word\/[^/]+\.xml|\[Content_Types\]\.xml)$/;

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!WANTED.test(file.name)) return false;
        if (file.originalSize > MAX_PART) throw new ImportError(TOO_BIG);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(CORRUPT);
  }
  return new Map(Object.entries(files));
}

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPart(parts: ReadonlyMap<string, Uint8Array>): string {
  const rels = xml(parts, '_rels/.rels');
  const main = rels?.children.find((r) => typeof r !== 'string' && /\/officeDocument$/.test(r.attrs.Type ?? ''));
  const target = main && typeof main !== 'string' ? main.attrs.Target : undefined;
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

function xml(parts: ReadonlyMap<string, Uint8Array>, name: string): XmlElement | undefined {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  try {
    return parseXml(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    if (error instanceof XmlError) throw new ImportError(CORRUPT);
    throw error;
  }
}

const CORRUPT = {
  zh: '不是有效的 Word 文档（压缩包或其中的 XML 已损坏）；请用 Word 或 WPS 打开后重新保存为 .docx',
  en: 'is not a valid Word document (the zip archive or its XML is damaged); open it in Word or WPS and save it again as .docx',
};
const NOT_WORD = {
  zh: '是压缩包，但不是 Word 文档（没有 word/document.xml，可能是 Excel、PowerPoint 或其他文件）',
  en: 'is a zip archive but not a Word document (no word/document.xml: an Excel or PowerPoint file, or another archive)',
};
const TOO_BIG = {
  zh: '解压后过大（其中一个部件超过 64 MB），不像是年度报告',
  en: 'is too large when unpacked (a part over 64 MB), which no annual report is',
};
