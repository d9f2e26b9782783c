import fc from 'fast-check';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { RULES_BY_ID } from '../../server/src/engine';
import { startClient, type TestClient } from '../protocol/lsp-client';
import { violated } from './entry-points';
import { edit, applyEdits, SEEDS } from './mutate';

/**
 * The language server under a random session: documents opened, changed (incrementally, with
 * stale versions and positions past the end), closed and reopened, requests at any position
 * (also of closed or unknown documents), malformed messages. Whatever happens, the server never
 * exits, answers every request, never reports an engine failure, never publishes an older
 * version after a newer one — and, once the session ends with a fresh version, publishes the
 * diagnostics of exactly that text.
 */

const URIS = ['file:///fuzz/a.govreport.md', 'file:///fuzz/b.govreport.md', 'file:///fuzz/c.govreport.md'];
const REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/formatting',
  'textDocument/rangeFormatting',
  'textDocument/codeAction',
  'textDocument/codeLens',
  'textDocument/inlayHint',
  'govreport/preview',
  'govreport/convertDocument',
  'govreport/newReportTemplate',
  'workspace/executeCommand',
] as const;

const position = fc.record({ line: fc.oneof(fc.nat({ max: 200 }), fc.constant(100_000)), character: fc.oneof(fc.nat({ max: 120 }), fc.constant(100_000)) });
const range = fc.tuple(position, position).map(([a, b]) => ({ start: a, end: b }));

export type Action =
  | { readonly kind: 'open'; readonly doc: number; readonly seed: string; readonly version: number }
  | { readonly kind: 'change'; readonly doc: number; readonly version: 'next' | 'same' | 'stale'; readonly range?: { start: { line: number; character: number }; end: { line: number; character: number } }; readonly text: string }
  | { readonly kind: 'close'; readonly doc: number }
  | { readonly kind: 'request'; readonly doc: number; readonly method: (typeof REQUESTS)[number]; readonly range: { start: { line: number; character: number }; end: { line: number; character: number } } }
  | { readonly kind: 'malformed'; readonly body: string }
  | { readonly kind: 'wait'; readonly ms: number };

const doc = fc.nat({ max: URIS.length - 1 });
const MALFORMED = ['{', 'null', '[]', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover","params":{"textDocument":5}}', '{"jsonrpc":"2.0","id":9002,"method":"no/such/method"}', '{"jsonrpc":"2.0","method":"textDocument/didChange","params":null}', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":7}}}', '{"jsonrpc":"2.0","id":9003,"method":"govreport/preview","params":{"uri":null}}'];

export const action = (): fc.Arbitrary<Action> =>
  fc.oneof(
    fc.record({ kind: fc.constant('open' as const), doc, seed: fc.constantFrom(...SEEDS.keys()), version: fc.integer({ min: 0, max: 5 }) }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('change' as const), doc, version: fc.constantFrom('next' as const, 'next' as const, 'same' as const, 'stale' as const), range: fc.option(range, { nil: undefined }), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('\n', '| 1 |', '总计', '7', '\r\n', '## 五、存在的主要问题及改进情况\n')) }) },
    fc.record({ kind: fc.constant('close' as const), doc }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('request' as const), doc, method: fc.constantFrom(...REQUESTS), range }) },
    fc.record({ kind: fc.constant('malformed' as const), body: fc.constantFrom(...MALFORMED) }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 120 }) }),
  );

/** `size` 'small' keeps `npm test` quick; the campaign asks for longer sessions. */
export const session = (size: fc.SizeForArbitrary = 'small') => fc.record({ debounce: fc.constantFrom(0, 20, 60), actions: fc.array(action(), { minLength: 1, maxLength: 40, size }), final: fc.record({ doc, seed: fc.constantFrom(...SEEDS.keys()), edits: fc.array(edit(), { maxLength: 3 }) }) });
export type Session = ReturnType<typeof session> extends fc.Arbitrary<infer S> ? S : never;

const REQUEST_TIMEOUT_MS = 15_000;

function params(method: (typeof REQUESTS)[number], uri: string, r: Action & { kind: 'request' }): unknown {
  const textDocument = { uri };
  switch (method) {
    case 'textDocument/hover':
    case 'textDocument/completion':
      return { textDocument, position: r.range.start };
    case 'textDocument/documentSymbol':
    case 'textDocument/foldingRange':
    case 'textDocument/codeLens':
      return { textDocument };
    case 'textDocument/formatting':
      return { textDocument, options: { tabSize: 2, insertSpaces: true } };
    case 'textDocument/rangeFormatting':
      return { textDocument, range: r.range, options: { tabSize: 2, insertSpaces: true } };
    case 'textDocument/codeAction':
      return { textDocument, range: r.range, context: { diagnostics: [], only: r.range.start.line % 2 ? ['source.fixAll.govreport'] : undefined } };
    case 'textDocument/inlayHint':
      return { textDocument, range: r.range };
    case 'govreport/preview':
    case 'govreport/convertDocument':
      return { uri };
    case 'govreport/newReportTemplate':
      return { year: [2024, 0, -1, 99_999, 2.5][r.range.start.line % 5], agency: r.range.end.line % 2 ? '孝义市人民政府' : '' };
    case 'workspace/executeCommand':
      return { command: 'govreport.server.showRuleDocumentation', arguments: [['cell-empty', 'no-such-rule', 7][r.range.start.line % 3]] };
  }
}

/** Resolves with the answer, or rejects when none comes in time (an unanswered request is a finding). */
async function answered<T>(what: string, promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS)));
  try {
    return await Promise.race([promise, timeout]);
  } catch (error) {
    const code = (error as { code?: number }).code;
    // Cancelled or content-modified are answers; an internal error or no answer is not.
    if (code === -32800 || code === -32801) return undefined;
    if (code === -32602 || code === -32601) return undefined;
    return violated(`${what}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** What the campaign sent, for its report (`npm run fuzz` prints the totals). */
export interface SessionCounts {
  sessions: number;
  requests: number;
  changes: number;
  malformed: number;
}

export const noSessions = (): SessionCounts => ({ sessions: 0, requests: 0, changes: 0, malformed: 0 });

export async function runSession(s: Session, counts: SessionCounts = noSessions()): Promise<void> {
  counts.sessions++;
  for (const a of s.actions) {
    if (a.kind === 'request') counts.requests++;
    else if (a.kind === 'change' || a.kind === 'open' || a.kind === 'close') counts.changes++;
    else if (a.kind === 'malformed') counts.malformed++;
  }
  const { client } = await startClient({ settings: { debounce: s.debounce } });
  const logged: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => {
    logged.push(p.message);
  });
  let exited: number | null | undefined;
  client.process.once('exit', (code) => (exited = code));
  try {
    await play(client, s, logged, () => exited);
  } finally {
    client.kill();
  }
}

async function play(client: TestClient, s: Session, logged: string[], exited: () => number | null | undefined): Promise<void> {
  const versions = new Map<string, number>();
  const pending: Promise<unknown>[] = [];
  for (const a of s.actions) {
    if (exited() !== undefined) violated(`the server exited (${exited()}) during the session`);
    const uri = 'doc' in a ? URIS[a.doc] : '';
    switch (a.kind) {
      case 'open':
        versions.set(uri, a.version);
        client.open(uri, SEEDS.get(a.seed)!, a.version);
        break;
      case 'change': {
        // A change of a document not open is sent too; the server ignores it, and so does the bookkeeping.
        const last = versions.get(uri) ?? 0;
        const version = a.version === 'next' ? last + 1 : a.version === 'same' ? last : Math.max(0, last - 1);
        if (a.version === 'next' && versions.has(uri)) versions.set(uri, version);
        client.change(uri, version, [a.range ? { range: a.range, text: a.text } : { text: a.text }]);
        break;
      }
      case 'close':
        versions.delete(uri);
        client.close(uri);
        break;
      case 'request':
        pending.push(answered(`${a.method} on ${uri}`, client.connection.sendRequest(a.method, params(a.method, uri, a))));
        break;
      case 'malformed': {
        // Whole messages only: wait for every write in flight before writing raw bytes.
        await Promise.all(pending.map((p) => p.catch(() => undefined)));
        const body = Buffer.from(a.body, 'utf8');
        client.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
        break;
      }
      case 'wait':
        await new Promise((r) => setTimeout(r, a.ms));
        break;
    }
  }
  await Promise.all(pending);
  await finish(client, s, versions, logged, exited);
}

/** A fresh version of one document ends the session: its diagnostics must come, for exactly that text. */
async function finish(client: TestClient, s: Session, versions: Map<string, number>, logged: string[], exited: () => number | null | undefined): Promise<void> {
  const uri = URIS[s.final.doc];
  const text = applyEdits(SEEDS.get(s.final.seed)!, s.final.edits);
  const version = (versions.get(uri) ?? 0) + 100;
  if (versions.has(uri)) client.change(uri, version, [{ text }]);
  else client.open(uri, text, version);
  const published = await client.waitFor((p) => p.uri === uri && p.version === version, 15_000, false).catch(() => undefined);
  if (exited() !== undefined) violated(`the server exited (${exited()})`);
  if (!published) violated(`no diagnostics for ${uri} version ${version} after the session`);
  monotonic(client.published);
  for (const d of published.diagnostics) if (typeof d.code !== 'string' || !RULES_BY_ID.has(d.code)) violated(`a diagnostic that is no rule's: ${JSON.stringify(d)}`);
  const failures = logged.filter((m) => / failed: /.test(m));
  if (failures.length > 0) violated(`the server logged a failure: ${failures[0].slice(0, 400)}`);
}

/** Per document and open session, published versions never go back. */
function monotonic(published: readonly PublishDiagnosticsParams[]): void {
  const last = new Map<string, number>();
  for (const p of published) {
    if (p.version === undefined || p.version === null) {
      last.delete(p.uri); // cleared on close: a reopened document starts again
      continue;
    }
    const before = last.get(p.uri);
    if (before !== undefined && p.version < before) violated(`${p.uri}: version ${p.version} published after ${before}`);
    last.set(p.uri, p.version);
  }
}
