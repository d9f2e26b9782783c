import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/**
 * Messages a broken client sends: sync notifications with the wrong shapes. The server ignores
 * them (with a line in the log), logs no failure, and goes on serving the documents it has.
 */
describe('malformed document-sync notifications', () => {
  let client: TestClient;
  const logged: string[] = [];

  beforeAll(async () => {
    ensureServerBuilt();
    client = (await startClient({ settings: { debounce: 0 } })).client;
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
    });
  });
  afterAll(() => client?.kill());

  it('an open without a string uri or text, a change of null, a close of a number: ignored, and the server serves on', async () => {
    const send = (method: string, params: unknown) => client.connection.sendNotification(method, params);
    await send('textDocument/didOpen', { textDocument: { uri: 7 } });
    await send('textDocument/didOpen', { textDocument: { uri: 'file:///m/a.govreport.md', languageId: 'govreport', version: 1 } });
    await send('textDocument/didChange', null);
    await send('textDocument/didChange', { textDocument: { uri: 'file:///m/a.govreport.md', version: 2 }, contentChanges: [{ text: 5 }] });
    await send('textDocument/didClose', { textDocument: 5 });
    const uri = 'file:///m/b.govreport.md';
    client.open(uri, EXAMPLE, 3);
    const published = await client.waitFor((p) => p.uri === uri && p.version === 3);
    expect(published.diagnostics).toEqual([]);
    // Nothing was opened from the malformed messages, and nothing failed.
    expect(client.published.filter((p) => p.uri !== uri)).toEqual([]);
    expect(logged.filter((m) => m.includes('failed'))).toEqual([]);
    expect(logged.filter((m) => m.includes('ignored a malformed'))).toEqual([
      'govreport: ignored a malformed didOpen notification',
      'govreport: ignored a malformed didOpen notification',
      'govreport: ignored a malformed didChange notification',
      'govreport: ignored a malformed didChange notification',
      'govreport: ignored a malformed didClose notification',
    ]);
  });
});
