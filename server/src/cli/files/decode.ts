import { isUtf8 } from 'node:buffer';
import type { Bilingual } from '../../engine';
import { msg } from '../i18n';

/** What a report's bytes decode to, or why they are not a UTF-8 text the checker can read. */
export type Decoded = { readonly ok: true; readonly text: string; readonly bom: boolean } | { readonly ok: false; readonly reason: Bilingual };

const CONVERT_HINT = msg('请另存为 UTF-8 编码的 .md 文件', 'save it as a UTF-8 .md file');

/** Text in an encoding other than UTF-8 that is recognisable by its byte-order mark. (PDFs, Word and
 * old .doc files are recognised before decoding: see import/kinds.ts.) */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly reason: Bilingual }[] = [
  { bytes: [0xff, 0xfe], reason: msg(`是 UTF-16 编码；${CONVERT_HINT.zh}`, `is UTF-16 encoded; ${CONVERT_HINT.en}`) },
  { bytes: [0xfe, 0xff], reason: msg(`是 UTF-16 编码；${CONVERT_HINT.zh}`, `is UTF-16 encoded; ${CONVERT_HINT.en}`) },
];

const CJK = /[\u3400-\u9fff]/;

export function decode(bytes: Uint8Array): Decoded {
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { ok: false, reason: signature.reason };
  if (bytes.includes(0)) return { ok: false, reason: msg('是二进制文件（含 NUL 字节），不是文本', 'is a binary file (it contains NUL bytes), not text') };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // A wrong byte is an error, never a silent U+FFFD. Validating first and then decoding without a
  // TextDecoder (one per file) halves the cost; the BOM is dropped as the decoder would drop it.
  if (!isUtf8(bytes)) return { ok: false, reason: notUtf8(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

function notUtf8(bytes: Uint8Array): Bilingual {
  // Windows tools in China still save GBK; say so instead of "invalid UTF-8" when it fits.
  const gb18030 = new TextDecoder('gb18030', { fatal: true });
  try {
    const text = gb18030.decode(bytes);
    if (CJK.test(text)) {
      return msg(
        '是 GB18030/GBK 编码，请转换为 UTF-8（如 iconv -f GB18030 -t UTF-8 原文件 > 新文件，或在编辑器中另存为 UTF-8）',
        'is GB18030/GBK-encoded; convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8 in.md > out.md, or save as UTF-8 in an editor)',
      );
    }
  } catch {
    // Not GB18030 either: report the first bad byte below.
  }
  const offset = firstInvalidByte(bytes);
  const line = 1 + bytes.subarray(0, offset).filter((b) => b === 0x0a).length;
  return msg(
    `不是有效的 UTF-8 文本（第 ${line} 行，字节偏移 ${offset}）；${CONVERT_HINT.zh}`,
    `is not valid UTF-8 (line ${line}, byte offset ${offset}); ${CONVERT_HINT.en}`,
  );
}

/**
 * Offset of the first byte of the first invalid sequence. A streaming decode of a prefix fails
 * only on bad bytes, not on a sequence cut at the end, so the longest valid prefix is found by
 * bisection; if it ends inside a sequence, that sequence is the bad one.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const valid = (end: number, stream: boolean) => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      decoder.decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (valid(lo, false)) return lo;
  // Back up to the lead byte (11xxxxxx) of the unfinished sequence: at most 3 bytes.
  let start = lo;
  while (start > 0 && lo - start < 3 && (bytes[start - 1] & 0xc0) === 0x80) start--;
  return start > 0 && (bytes[start - 1] & 0xc0) === 0xc0 ? start - 1 : lo;
}
