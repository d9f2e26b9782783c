import type { Cell, TableRow } from '../document';
import { collapseSpace, joinPieces } from '../text';
import { child, type XmlElement } from '../xml';
import { paragraphRuns } from './runs';

/**
 * A Word table as the grid it shows. A cell spans `w:gridSpan` grid columns; `w:vMerge`
 * continues the cell above (the same Cell object fills the slot), `w:vMerge w:val="restart"`
 * starts a merged cell; `w:gridBefore` leaves columns empty at the start of a row. Text set
 * top to bottom (`w:textDirection`) is marked vertical.
 */
export function readDocxTable(tbl: XmlElement, index: number): TableRow[] {
  const rows: TableRow[] = [];
  let previous: (Cell | undefined)[] = [];
  rowsOf(tbl).forEach((tr, r) => {
    const slots: (Cell | undefined)[] = [];
    const trPr = child(tr, 'w:trPr');
    let column = Number((trPr && child(trPr, 'w:gridBefore')?.attrs['w:val']) ?? 0) || 0;
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(64, Number((tcPr && child(tcPr, 'w:gridSpan')?.attrs['w:val']) ?? 1) || 1));
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      const hMerge = tcPr && child(tcPr, 'w:hMerge');
      const continues = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
      let cell: Cell | undefined;
      if (continues) cell = previous[column];
      else if (hMerge !== undefined && (hMerge.attrs['w:val'] ?? 'continue') === 'continue') cell = slots[column - 1];
      if (!cell) {
        const direction = tcPr && child(tcPr, 'w:textDirection')?.attrs['w:val'];
        cell = { text: cellText(tc), ...(direction && /^(tbRl|btLr|tbRlV|tbLrV|tbV)/.test(direction) ? { vertical: true } : {}) };
      }
      for (let k = 0; k < span; k++) slots[column + k] = cell;
      column += span;
    }
    rows.push({ slots, origin: { kind: 'docx', table: index, row: r + 1 } });
    previous = slots;
  });
  const width = Math.max(0, ...rows.map((r) => r.slots.length));
  return rows.map((r) => ({ ...r, slots: Array.from({ length: width }, (_, c) => r.slots[c]) }));
}

/** A table holding another table, or a cell longer than any statutory label: set for layout. */
export function isLayoutTable(tbl: XmlElement): boolean {
  return rowsOf(tbl).some((tr) => cellsOf(tr).some((tc) => has(tc, 'w:tbl') || cellText(tc).length > 80));
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, 'w:tr');
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return unwrap(tr, 'w:tc');
}

/** Children named `name`, also those inside content controls and custom XML. */
function unwrap(parent: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of parent.children) {
    if (typeof node === 'string') continue;
    if (node.name === name) out.push(node);
    else if (node.name === 'w:sdt') {
      const content = child(node, 'w:sdtContent');
      if (content) out.push(...unwrap(content, name));
    } else if (node.name === 'w:customXml') out.push(...unwrap(node, name));
  }
  return out;
}

/** A cell's paragraphs (and those of any table inside it), joined as one line of text. */
function cellText(tc: XmlElement): string {
  const pieces: string[] = [];
  const visit = (element: XmlElement): void => {
    for (const node of element.children) {
      if (typeof node === 'string') continue;
      if (node.name === 'w:p') pieces.push(collapseSpace(paragraphRuns(node, false).map((r) => r.text).join('')));
      else if (node.name !== 'w:tcPr') visit(node);
    }
  };
  visit(tc);
  return pieces.reduce(joinPieces, '');
}

function has(element: XmlElement, name: string): boolean {
  return element.children.some((c) => typeof c !== 'string' && (c.name === name || has(c, name)));
}

