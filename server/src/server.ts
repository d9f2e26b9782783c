/**
 * The govreport language server. `node dist/server.js --stdio` (or --node-ipc, --socket=N)
 * serves any LSP client; the VS Code extension starts it over IPC. All report knowledge is
 * in the engine (server/src/engine); this process only connects editors to it.
 */
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start';

const connection = createConnection(ProposedFeatures.all);
// The rule documentation pages ship beside the bundle: dist/server.js → docs/rules/<id>.md.
startServer(connection, { docsDir: join(__dirname, '..', 'docs', 'rules') });
connection.listen();
