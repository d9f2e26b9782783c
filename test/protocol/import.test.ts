import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_DOCUMENT, type ImportDocumentResult } from '../../server/src/lsp/import-protocol';
import { encryptedPdf, oleFile } from '../import/bad-files';
import { pageExport, wordExport } from '../import/helpers';
import { canonicalText } from '../render/dom';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/** `govreport/importDocument` against the built server: the importers load there, on the first import. */
describe('the import request', () => {
  let client: TestClient;
  const request = (name: string, bytes: Uint8Array) => client.connection.sendRequest(IMPORT_DOCUMENT, { name, data: Buffer.from(bytes).toString('base64') }) as Promise<ImportDocumentResult>;

  beforeAll(async () => {
    ensureServerBuilt();
    client = (await startClient({ settings: { language: 'en' } })).client;
  });
  afterAll(async () => client?.stop());

  it('imports a Word document and a web page into the canonical report, named by agency and year', async () => {
    for (const [name, bytes] of [
      ['report.docx', await wordExport(canonicalText())],
      ['report.html', pageExport(canonicalText())],
    ] as const) {
      const result = await request(name, bytes);
      if (!result.ok) throw new Error(result.reason);
      expect(result.fileName).toBe('孝义市人民政府2024年政府信息公开工作年度报告.govreport.md');
      expect([result.tables, result.unreadable]).toEqual([3, 0]);
      expect(result.text.split('\n').slice(0, 7)).toEqual(['---', 'agency: 孝义市人民政府', 'agencyKind: government', 'year: 2024', 'published: 2025-01-24', '---', '']);
    }
  });

  it('says why a file cannot be imported, and keeps serving', async () => {
    expect(await request('old.doc', oleFile())).toEqual({ ok: false, reason: 'is an old binary Word/WPS document (.doc/.wps), which cannot be imported; save it as .docx in Word or WPS and import that' });
    expect(await request('locked.pdf', encryptedPdf())).toEqual({ ok: false, reason: 'is an encrypted (password-protected) PDF and cannot be read; open it with its password, save an unencrypted copy and import that' });
    expect(await request('notes.md', new TextEncoder().encode('# 报告'))).toEqual({ ok: false, reason: 'is text already, nothing to import; open it directly' });
    expect(((await request('report.docx', await wordExport(canonicalText()))) as { ok: boolean }).ok).toBe(true);
  });
});
