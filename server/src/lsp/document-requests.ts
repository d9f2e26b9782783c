import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { convertDocument, reportTemplate } from '../engine';
import {
  CONVERT_DOCUMENT,
  NEW_REPORT_TEMPLATE,
  type ConvertDocumentParams,
  type ConvertDocumentResult,
  type NewReportTemplateParams,
  type NewReportTemplateResult,
} from './document-requests-protocol';

/**
 * Server side of the client's whole-document commands (new report from template, convert
 * pasted tables). Thin: the engine does the work. Registered from server.ts with
 * `registerDocumentRequests(connection, documents)`.
 */
export function registerDocumentRequests(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(NEW_REPORT_TEMPLATE, (params: NewReportTemplateParams): NewReportTemplateResult => ({
    text: reportTemplate({ year: params.year, agency: params.agency, eol: params.eol }),
  }));

  connection.onRequest(CONVERT_DOCUMENT, (params: ConvertDocumentParams): ConvertDocumentResult | null => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const text = document.getText();
    const result = convertDocument(text);
    const changed = result.tables > 0 && result.text !== text;
    if (!changed) return { version: document.version, tables: 0 };
    return { version: document.version, tables: result.tables, newText: result.text, converted: result.converted };
  });
}
