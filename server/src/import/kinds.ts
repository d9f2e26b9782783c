import type { Bilingual } from '../engine';

/**
 * What kind of file the user handed over, judged by its bytes first and its name second.
 * Light on purpose: the CLI and the language server call it on every file they read, and only
 * a file that needs importing loads the importers (load.ts).
 */

export type Importable = 'docx' | 'html' | 'pdf';

export type Sniffed =
  | { readonly kind: Importable }
  /** Plain text, for the report parser as it is. */
  | { readonly kind: 'text' }
  /** A file that cannot be imported, and why (without the file's name). */
  | { readonly kind: 'refused'; readonly reason: Bilingual };

const EXTENSIONS: Readonly<Record<Importable, readonly string[]>> = {
  docx: ['.docx', '.docm', '.dotx'],
  html: ['.html', '.htm', '.shtml', '.xhtml'],
  pdf: ['.pdf'],
};

const NAMES: Readonly<Record<Importable, Bilingual>> = {
  docx: { zh: 'Word 文档（.docx）', en: 'a Word document (.docx)' },
  html: { zh: '网页（.html）', en: 'a web page (.html)' },
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
};

/** Whether a file name asks for an importer (for directory searches and the editor's menus). */
export function importableName(name: string): Importable | undefined {
  const ext = extensionOf(name);
  return (Object.keys(EXTENSIONS) as Importable[]).find((k) => EXTENSIONS[k].includes(ext));
}

/** `name` is the file's name (undefined for standard input, judged by content alone). */
export function sniff(bytes: Uint8Array, name: string | undefined): Sniffed {
  const content = contentKind(bytes);
  if (content === 'ole') return { kind: 'refused', reason: isEncryptedPackage(bytes) ? ENCRYPTED_WORD : OLD_BINARY };
  const ext = name === undefined ? undefined : extensionOf(name);
  if (ext === '.mht' || ext === '.mhtml') return { kind: 'refused', reason: MHTML };
  const byName = name === undefined ? undefined : importableName(name);
  if (content === 'pdf' || content === 'zip') {
    const kind: Importable = content === 'pdf' ? 'pdf' : 'docx';
    if (name === undefined || byName === kind) return { kind };
    return { kind: 'refused', reason: mismatch(ext, kind) };
  }
  if (byName === 'pdf' || byName === 'docx') return { kind: 'refused', reason: notWhatItSays(byName) };
  if (byName === 'html' || (name === undefined && content === 'html')) return { kind: 'html' };
  return { kind: 'text' };
}

type Content = 'pdf' | 'zip' | 'ole' | 'html' | 'other';

function contentKind(bytes: Uint8Array): Content {
  const starts = (sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // The PDF header may follow a few bytes of junk (the format allows it within the first kilobyte).
  const end = Math.min(bytes.length, 1024);
  if (findBytes(bytes, PDF_HEADER, end)) return 'pdf';
  // Every file is sniffed: the head is decoded (for the pattern) only when it opens with markup.
  if (opensWithMarkup(bytes, end)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, end));
    if (/^(\ufeff|ï»¿)?\s*<(!doctype\s+html|html[\s>])/i.test(head)) return 'html';
  }
  return 'other';
}

const PDF_HEADER = [...'%PDF-'].map((c) => c.charCodeAt(0));

function findBytes(bytes: Uint8Array, sought: readonly number[], end: number): boolean {
  outer: for (let i = bytes.indexOf(sought[0]); i >= 0 && i + sought.length <= end; i = bytes.indexOf(sought[0], i + 1)) {
    for (let k = 1; k < sought.length; k++) if (bytes[i + k] !== sought[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether the first byte after a UTF-8 BOM and whitespace (as the decoded head reads them) is 「<」. */
function opensWithMarkup(bytes: Uint8Array, end: number): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < end && ((bytes[i] >= 0x09 && bytes[i] <= 0x0d) || bytes[i] === 0x20 || bytes[i] === 0xa0)) i++;
  return i < end && bytes[i] === 0x3c;
}

/**
 * A password-protected .docx is not a zip but an OLE container holding an「EncryptedPackage」
 * stream: its directory names the stream in UTF-16.
 */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
  const limit = Math.min(bytes.length, 1024 * 1024);
  outer: for (let i = 0; i + name.length <= limit; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const OLD_BINARY: Bilingual = {
  zh: '是旧版 Word/WPS 二进制文档（.doc/.wps），无法导入；请在 Word 或 WPS 中“另存为” .docx 后再导入',
  en: 'is an old binary Word/WPS document (.doc/.wps), which cannot be imported; save it as .docx in Word or WPS and import that',
};

const ENCRYPTED_WORD: Bilingual = {
  zh: '是加密（设有打开密码）的 Word 文档，无法读取；请在 Word 或 WPS 中用密码打开，取消密码后另存为 .docx 再导入',
  en: 'is an encrypted (password-protected) Word document and cannot be read; open it with its password in Word or WPS, remove the password, save it as .docx and import that',
};

const MHTML: Bilingual = {
  zh: '是单文件网页存档（.mhtml），无法导入；请在浏览器中另存为“网页，仅 HTML”后再导入',
  en: 'is a single-file web archive (.mhtml), which cannot be imported; save the page as “Webpage, HTML only” and import that',
};

function mismatch(ext: string | undefined, kind: Importable): Bilingual {
  const right = EXTENSIONS[kind][0];
  const named = ext ? ext : '（无）';
  return {
    zh: `扩展名为 ${named}，内容却是${NAMES[kind].zh}；请把扩展名改为 ${right} 后再试`,
    en: `is named ${ext || '(no extension)'} but holds ${NAMES[kind].en}; rename it to ${right} and try again`,
  };
}

function notWhatItSays(kind: Importable): Bilingual {
  return {
    zh: `扩展名表明是${NAMES[kind].zh}，内容却不是（文件可能已损坏，或只是改了扩展名）`,
    en: `is named as ${NAMES[kind].en} but its content is not one (the file may be damaged, or only renamed)`,
  };
}
