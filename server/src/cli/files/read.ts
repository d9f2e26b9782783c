import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Bilingual } from '../../engine';
import { msg } from '../i18n';
import { decode } from './decode';
import type { InputFile } from './discover';
import { importInput, type Imported } from './import';
import { NOT_REGULAR, systemReason } from './reasons';

/**
 * Real reports are tens of kilobytes; anything near this limit is not a report (a log, a
 * database dump) and would only make the checker slow. Checked before reading the file.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  /** `imported`: the file was a Word document, web page or PDF, and `text` is the report imported from it. */
  | { readonly ok: true; readonly text: string; readonly bom: boolean; readonly imported?: Imported }
  | { readonly ok: false; readonly reason: Bilingual };

/** Reads and decodes one report; every failure becomes a one-line reason naming the file. */
export async function readReport(file: InputFile, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  let bytes: Uint8Array | TooLarge;
  try {
    bytes = file.absolute === undefined ? await readStream(stdin) : await readFile(file.absolute);
  } catch (error) {
    // File-system failures (they carry an errno code) are the user's to fix; anything else is a bug.
    if (!isSystemError(error)) throw error;
    return { ok: false, reason: systemReason(file.display, error) };
  }
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: tooLarge(file.display, bytes.size) };
  const imported = await importInput(file, bytes);
  if (imported) return imported;
  const decoded = decode(bytes);
  if (decoded.ok) return decoded;
  return { ok: false, reason: msg(`${file.display}：${decoded.reason.zh}`, `${file.display}: ${decoded.reason.en}`) };
}

/** A file over the limit, with its size when known (not for a pipe). */
interface TooLarge {
  readonly size?: number;
}

function tooLarge(display: string, size: number | undefined): Bilingual {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  const zh = size === undefined ? `超过 ${mb(MAX_BYTES)}` : `${mb(size)}`;
  const en = size === undefined ? `over ${mb(MAX_BYTES)}` : `${mb(size)}`;
  return msg(
    `${display}：文件过大（${zh}，上限 ${mb(MAX_BYTES)}）；年度报告通常不足 1 MB`,
    `${display}: file too large (${en}; the limit is ${mb(MAX_BYTES)}); annual reports are well under 1 MB`,
  );
}

/**
 * Synchronous on purpose: checking is CPU-bound and synchronous, and for a folder of small
 * reports five round trips through the thread pool per file cost more than the reads.
 */
async function readFile(path: string): Promise<Uint8Array | TooLarge> {
  // Non-blocking, so that opening a FIFO (or a device) returns at once instead of waiting for
  // a writer that may never come; only a regular file is then read.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: NOT_REGULAR });
    if (info.size > MAX_BYTES) return { size: info.size };
    // Read one byte past the limit: a file that grew since stat is caught too.
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length > MAX_BYTES ? {} : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array | TooLarge> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > MAX_BYTES) return {};
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length);
}

/** Runs `task` over `items` with at most `limit` running at once; results keep input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
