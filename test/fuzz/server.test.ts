import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { ensureServerBuilt } from '../protocol/lsp-client';
import { runSession, session } from './lsp-session';

/**
 * Random sessions against the built server (lsp-session.ts), with a fixed seed: it never exits,
 * answers every request, never publishes an older version after a newer, and ends with the
 * diagnostics of the last text. `npm run fuzz` runs many more.
 */
describe('language-server sessions (fixed seed)', () => {
  beforeAll(ensureServerBuilt);
  it('survive stale versions, positions past the end, closed documents and malformed messages', async () => {
    await fc.assert(fc.asyncProperty(session(), (s) => runSession(s)), { seed: 20_260_901, numRuns: 6 });
  }, 180_000);
});
