import type { Bilingual } from '../engine';
import type { Origin } from './document';

/** Where in the original a finding is, in words a reader of that file can follow. */
export function originText(origin: Origin): Bilingual {
  switch (origin.kind) {
    case 'pdf':
      return { zh: `PDF 第 ${origin.page} 页`, en: `page ${origin.page} of the PDF` };
    case 'html':
      return { zh: `网页源代码第 ${origin.line} 行`, en: `line ${origin.line} of the page source` };
    case 'docx':
      return 'table' in origin
        ? { zh: `Word 文档第 ${origin.table} 个表格第 ${origin.row} 行`, en: `row ${origin.row} of the ${ordinal(origin.table)} table of the Word document` }
        : { zh: `Word 文档第 ${origin.paragraph} 段`, en: `paragraph ${origin.paragraph} of the Word document` };
  }
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
