/**
 * The text of a saved web page. Chinese government sites still serve GB2312/GBK pages, and a
 * page saved from the browser keeps its bytes: the encoding is taken from a byte-order mark,
 * else the page's own <meta charset> (in its first kilobytes, as browsers look for it), else
 * UTF-8 if the bytes are valid UTF-8, else GB18030 (the superset of GB2312 and GBK).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding label this runtime does not know: fall through to sniffing.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return undefined;
  const label = m[1].toLowerCase();
  // Pages labelled gb2312 are in practice GBK: decode with the superset, as browsers do.
  return label === 'gb2312' || label === 'gbk' ? 'gb18030' : label;
}
