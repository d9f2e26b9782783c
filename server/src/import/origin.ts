import type { Bilingual } from '../engine';
import type { Origin } from './document';

/** Where in the original a finding is, in words: 「第 3 页」「第 2 张表格第 5 行」「第 14 段」「第 120 行」. */
export function originText(origin: Origin): Bilingual {
  switch (origin.kind) {
    case 'pdf':
      return { zh: `第 ${origin.page} 页`, en: `page ${origin.page}` };
    case 'html':
      return { zh: `网页源代码第 ${origin.line} 行`, en: `line ${origin.line} of the page source` };
    case 'docx':
      return 'table' in origin
        ? { zh: `第 ${origin.table} 张表格第 ${origin.row} 行`, en: `table ${origin.table}, row ${origin.row}` }
        : { zh: `第 ${origin.paragraph} 段`, en: `paragraph ${origin.paragraph}` };
  }
}
