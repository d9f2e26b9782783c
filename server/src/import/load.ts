import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { composed, type ImportResult } from './index';
import type { Importable } from './kinds';

/**
 * The one door to the importers for the CLI and the language server. The readers and their
 * libraries are bundles of their own (dist/importer.js, and pdf.js in dist/pdfjs.js): they
 * are loaded here, on the first import, never when only Markdown is checked (see
 * scripts/esbuild-importer.mjs); what they read is composed here, with the engine the host has.
 */
export async function importFile(bytes: Uint8Array, kind: Importable): Promise<ImportResult> {
  const readers = await import('./readers');
  return composed(await readers.readDocument(bytes, kind, { cMapUrl: cMapDirectory() }));
}

/** pdf.js's character maps: copied beside the bundles by the build, or in node_modules when run from source. */
function cMapDirectory(): string | undefined {
  const candidates = [join(__dirname, 'cmaps'), join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps')];
  const found = candidates.find((dir) => existsSync(join(dir, 'UniGB-UCS2-H.bcmap')));
  return found && `${found}/`;
}
