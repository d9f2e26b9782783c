import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';

/**
 * Files that look like reports and are not readable ones, built byte by byte so the tests
 * need no tool: an encrypted PDF (standard security handler, RC4 40-bit, with an open
 * password), a scanned PDF (a page that is only an image), an old binary .doc, an encrypted
 * .docx (an OLE container with an EncryptedPackage stream), and a zip that is not a Word document.
 */

/** A PDF from numbered objects, with a correct cross-reference table. */
function pdf(objects: readonly string[], trailer: string): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** One A4 page showing a 2×2 grey image and no text at all: what a scanner makes. */
export function scannedPdf(): Uint8Array {
  const content = 'q 400 0 0 560 100 140 cm /Im0 Do Q';
  const pixels = '\x80\x90\xa0\xb0';
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
    ],
    '',
  );
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;

/** A PDF that opens only with a password (PDF 1.4 standard security, revision 2). */
export function encryptedPdf(): Uint8Array {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -4;
  const o = rc4(md5(padded('owner')).subarray(0, 5), padded('secret'));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded('secret'), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${permissions} >>`,
    ],
    `/Encrypt 4 0 R /ID [${hex(id)} ${hex(id)}] `,
  );
}

/** The first sector of an OLE compound file, as old .doc/.wps files start, optionally naming a stream. */
export function oleFile(streamName?: string): Uint8Array {
  const bytes = Buffer.alloc(2048);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(bytes, 0);
  if (streamName) Buffer.from(streamName, 'utf16le').copy(bytes, 1024);
  return new Uint8Array(bytes);
}

/** A zip that is an Excel workbook, not a Word document. */
export function workbook(): Uint8Array {
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
}
