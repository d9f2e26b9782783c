import { Packer } from 'docx';
import { buildLayout, checkModel, parseReport, type Diagnostic, type LayoutDocument, type ReportModel } from '../engine';
import { docxDocument } from './docx-document';

/**
 * The Word export, packed: Node only (Packer.toBuffer makes a Buffer), so it lives outside the
 * engine. The document itself is built by `docxDocument` from the engine's layout model.
 */
export async function docxBuffer(layout: LayoutDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(layout));
}

export interface ExportInput {
  readonly model: ReportModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses and checks a report's text (for callers that have no cached model). */
export function prepare(text: string): ExportInput {
  const model = parseReport(text);
  return { model, diagnostics: checkModel(model) };
}

/** The .docx bytes of a report. */
export async function reportDocx(input: ExportInput): Promise<Buffer> {
  return docxBuffer(buildLayout(input.model, input.diagnostics));
}

export { docxDocument };
