import { MAX_BYTES } from '../cli/files/read';
import { sniff } from '../import/kinds';
import { importFile } from '../import/load';
import { reportFileName } from '../import/name';
import { guard } from './guard';
import { IMPORT_DOCUMENT, type ImportDocumentParams, type ImportDocumentResult } from './import-protocol';
import type { Session } from './session';

/**
 * Server side of "Import Report (Word, Web Page, PDF)…": the client sends the file's bytes, the
 * server imports them with the same importers as `govreport import` (loaded on the first
 * import, never at start-up) and answers with the canonical report and the name to save it under.
 */
export function registerImportDocument(session: Session): void {
  const failed: ImportDocumentResult = { ok: false, reason: 'internal error' };
  session.connection.onRequest(
    IMPORT_DOCUMENT,
    guard(session.connection, IMPORT_DOCUMENT, failed, async (params: ImportDocumentParams): Promise<ImportDocumentResult> => {
      const lang = session.lang;
      const bytes = Buffer.from(params.data, 'base64');
      if (bytes.length > MAX_BYTES) return { ok: false, reason: lang === 'zh' ? '文件过大（上限 20 MB）；年度报告通常不足 1 MB' : 'file too large (the limit is 20 MB); annual reports are well under 1 MB' };
      const kind = sniff(bytes, params.name);
      if (kind.kind === 'refused') return { ok: false, reason: kind.reason[lang] };
      if (kind.kind === 'text') return { ok: false, reason: lang === 'zh' ? '已是文本，无需导入；请直接打开' : 'is text already, nothing to import; open it directly' };
      const result = await importFile(bytes, kind.kind);
      if (!result.ok) return { ok: false, reason: result.reason[lang] };
      const { text, format, tables, unreadable } = result;
      return { ok: true, text, format, tables, unreadable, fileName: reportFileName(result.agency, result.year, params.name) };
    }),
  );
}
