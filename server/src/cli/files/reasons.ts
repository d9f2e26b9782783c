import type { Bilingual } from '../../engine';
import { msg } from '../i18n';

/** A failed file-system call as one line naming the file: `x.md: no such file or directory`. */
export function systemReason(path: string, error: unknown): Bilingual {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  if (known) return msg(`${path}：${known.zh}`, `${path}: ${known.en}`);
  const detail = error instanceof Error ? error.message : String(error);
  return msg(`${path}：无法读取（${detail}）`, `${path}: cannot be read (${detail})`);
}

/** Our own code for a path that is a FIFO, socket or device: never read (it could block forever). */
export const NOT_REGULAR = 'ENOTREGULAR';

const REASONS: Readonly<Record<string, Bilingual>> = {
  [NOT_REGULAR]: msg('不是普通文件（是管道、设备或套接字），不予读取；从标准输入读取请用 -', 'is not a regular file (a pipe, device or socket) and is not read; use - to read standard input'),
  ENOENT: msg('文件或目录不存在', 'no such file or directory'),
  ENOTDIR: msg('路径中有一段不是目录', 'a part of the path is not a directory'),
  EACCES: msg('没有读取权限', 'permission denied'),
  EPERM: msg('没有读取权限', 'permission denied'),
  EISDIR: msg('是一个目录，不是文件', 'is a directory, not a file'),
  ELOOP: msg('符号链接循环', 'too many levels of symbolic links'),
  ENAMETOOLONG: msg('路径过长', 'path too long'),
};
