import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportResult } from './index';
import type { Importable } from './kinds';

/**
 * The one door to the importers for the CLI and the language server. The importers and their
 * libraries are a bundle of their own (dist/importer.js, pdf.js above all): it is loaded here,
 * on the first import, and never when only Markdown is checked (see scripts/esbuild-importer.mjs).
 */
export async function importFile(bytes: Uint8Array, kind: Importable): Promise<ImportResult> {
  const importer = await import('./index');
  return importer.importDocument(bytes, kind, { cMapUrl: cMapDirectory() });
}

/** pdf.js's character maps: copied beside the bundle by the build, or in node_modules when run from source. */
function cMapDirectory(): string | undefined {
  const candidates = [join(__dirname, 'cmaps'), join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps')];
  const found = candidates.find((dir) => existsSync(join(dir, 'UniGB-UCS2-H.bcmap')));
  return found && `${found}/`;
}
