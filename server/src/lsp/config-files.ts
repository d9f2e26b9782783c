import { basename } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type FileEvent } from 'vscode-languageserver';
import { SourceText } from '../engine';
import type { LoadedConfig } from '../config/load';
import { CONFIG_FILE_NAME } from '../config/schema';
import { DIAGNOSTIC_SOURCE } from './convert';
import type { Session } from './session';
import { fileUri, uriPath } from './uri';

/** The glob the server asks the client to watch for configuration files. */
export const CONFIG_GLOB = `**/${CONFIG_FILE_NAME}`;

/** Whether a watched-file event is about a configuration file. */
export function isConfigEvent(event: FileEvent): boolean {
  const path = uriPath(event.uri);
  return path !== undefined && basename(path) === CONFIG_FILE_NAME;
}

/**
 * Each configuration file the server reads gets its problems as diagnostics on the file
 * itself (an empty list when it is fine, clearing earlier ones): a bad entry is ignored, and
 * the file says so where the user looks, never a crash or a silent default.
 */
export function publishConfigProblems(session: Session, config: LoadedConfig): void {
  const source = new SourceText(config.text);
  const lang = session.lang;
  const diagnostics = config.problems.map((p) => ({
    range: source.rangeOf({ start: p.offset, end: p.offset + p.length }),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'configuration',
    message: p.message[lang],
  }));
  void session.connection.sendDiagnostics({ uri: fileUri(config.path), diagnostics });
}

/**
 * Configuration files were created, changed or deleted: everything read of them is forgotten,
 * a deleted file's diagnostics go, and a changed file is read again at once (so its problems
 * show even before a report uses it). The caller then re-checks the reports.
 */
export function configFilesChanged(session: Session, events: readonly FileEvent[]): void {
  session.configs.clear();
  for (const event of events) {
    const path = uriPath(event.uri);
    if (path === undefined) continue;
    if (event.type === FileChangeType.Deleted) void session.connection.sendDiagnostics({ uri: event.uri, diagnostics: [] });
    else session.configs.load(path);
  }
}
