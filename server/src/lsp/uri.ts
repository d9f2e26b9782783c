import { sep } from 'node:path';

/**
 * File URIs written the way VS Code writes them (every character but letters, digits and
 * `-._~/` percent-encoded, a Windows drive as `c%3A`), so that diagnostics for a file the
 * server found on disk land on the same document the editor opens. Comparisons go through
 * `uriKey`, which does not depend on the encoding at all.
 */
export function fileUri(path: string): string {
  let p = path.split(sep).join('/');
  let drive = '';
  const m = /^([A-Za-z]):(.*)$/.exec(p);
  if (m) {
    drive = `/${m[1].toLowerCase()}%3A`;
    p = m[2];
  }
  const encoded = p
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `file://${drive}${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}

/** The file path of a file URI; undefined for other schemes (untitled:, …). */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
  if (/^\/[A-Za-z]:/.test(path)) path = path.slice(1);
  return sep === '/' ? path : path.split('/').join(sep);
}

/** A comparison key: the decoded URI, drive letter in lower case. */
export function uriKey(uri: string): string {
  let key: string;
  try {
    key = decodeURIComponent(uri);
  } catch {
    key = uri;
  }
  return key.replace(/^file:\/\/\/([A-Za-z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
}
