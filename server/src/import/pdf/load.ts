import type { Bilingual } from '../../engine';
import { ImportError } from '../errors';
import type { PageContent, Segment, TextPiece } from './content';
import { segmentsOf, type OperatorList } from './paths';

/**
 * pdf.js (the legacy build, which runs on Node 20) reads each page's text with its positions
 * and the lines drawn on it. It is loaded here, on the first PDF, and nowhere else: it is by far
 * the largest library of the project. In Node it runs its "worker" on the main thread, given
 * the worker module directly (no second file to find).
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

async function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const { api, WorkerMessageHandler } = await import('./pdfjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler };
    return api;
  })();
  return loaded;
}

/** Where pdf.js finds the character maps of Chinese fonts that carry no Unicode map of their own. */
export interface PdfResources {
  /** A directory (Node) or URL ending in「/」holding pdf.js's *.bcmap files. */
  readonly cMapUrl?: string;
}

export async function loadPages(bytes: Uint8Array, resources: PdfResources = {}): Promise<PageContent[]> {
  const api = await pdfjs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: give it a copy.
  const task = api.getDocument({
    data: new Uint8Array(bytes),
    verbosity: api.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...(resources.cMapUrl ? { cMapUrl: resources.cMapUrl, cMapPacked: true } : {}),
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new ImportError(reasonFor(error));
  }
  try {
    const pages: PageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const height = y1 - y0;
      const toTop = (y: number) => y1 - y;
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        pieces.push({ text: normalize(item.str), x: e - x0, y: toTop(f), width: item.width, size });
      }
      const operators = (await page.getOperatorList()) as OperatorList;
      // Top-down, each segment from its top-left end.
      const segments: Segment[] = segmentsOf(operators, api.OPS).map((s) => ({
        x1: Math.min(s.x1, s.x2) - x0,
        y1: Math.min(toTop(s.y1), toTop(s.y2)),
        x2: Math.max(s.x1, s.x2) - x0,
        y2: Math.max(toTop(s.y1), toTop(s.y2)),
      }));
      pages.push({ number: n, width: x1 - x0, height, pieces, segments });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * Some fonts map 一, 二, 人 … to the look-alike Kangxi radicals (⼀ U+2F00): the text reads
 * the same but matches nothing. Compatibility normalisation maps them back.
 */
function normalize(text: string): string {
  return /[\u2e80-\u2fdf]/.test(text) ? text.replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC')) : text;
}

function reasonFor(error: unknown): Bilingual {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return { zh: '是加密（设有打开密码）的 PDF，无法读取；请用密码打开后另存一份不加密的 PDF 再导入', en: 'is an encrypted (password-protected) PDF and cannot be read; open it with its password, save an unencrypted copy and import that' };
  }
  return { zh: '不是有效的 PDF 文件（已损坏或不完整）', en: 'is not a valid PDF file (it is damaged or incomplete)' };
}
