import type { Run } from '../document';
import { child, text, type XmlElement } from '../xml';
import { onOff } from './styles';

/**
 * The visible text of a Word paragraph, run by run: text, tabs and line breaks; deleted text
 * (tracked changes), field instructions (the 「PAGE」 of a page number) and drawings are not
 * part of it. A line break inside a paragraph is kept as「\n」for the reader to split on.
 */
export function paragraphRuns(paragraph: XmlElement, styleBold: boolean): Run[] {
  const runs: Run[] = [];
  // Field state: a field's instruction lies between its begin and separate marks, its shown
  // result between separate and end; fields nest.
  const fields: ('instruction' | 'result')[] = [];
  const visible = () => fields.every((f) => f === 'result');

  const walk = (element: XmlElement): void => {
    for (const node of element.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:r':
          run(node);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:bdo':
        case 'w:dir':
          walk(node);
          break;
        case 'w:sdt': {
          const content = child(node, 'w:sdtContent');
          if (content) walk(content);
          break;
        }
        default:
          // w:pPr, w:del, w:moveFrom, bookmarks, comments, math: nothing to read.
          break;
      }
    }
  };

  const run = (r: XmlElement): void => {
    const rPr = child(r, 'w:rPr');
    const bold = (rPr ? onOff(child(rPr, 'w:b')) : undefined) ?? styleBold;
    for (const node of r.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:fldChar': {
          const type = node.attrs['w:fldCharType'];
          if (type === 'begin') fields.push('instruction');
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          break;
        }
        case 'w:t':
          if (visible()) runs.push({ text: text(node), bold });
          break;
        case 'w:tab':
        case 'w:ptab':
          if (visible()) runs.push({ text: '\t', bold });
          break;
        case 'w:br':
        case 'w:cr':
          // Page and column breaks are layout; a text-wrapping break is a new line.
          if (visible() && (node.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') runs.push({ text: '\n' });
          break;
        case 'w:noBreakHyphen':
          if (visible()) runs.push({ text: '-', bold });
          break;
        default:
          break;
      }
    }
  };

  walk(paragraph);
  return runs;
}

/** Runs split at line breaks: each line is a paragraph of its own, as on the page. */
export function splitLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ text: part, bold: r.bold });
    });
  }
  return lines.filter((l) => l.some((r) => r.text.trim() !== ''));
}
