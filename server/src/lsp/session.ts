import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname } from 'node:path';
import { parseReport, withAgencyDefaults, type Lang, type ReportModel } from '../engine';
import { ConfigFiles, type LoadedConfig } from '../config/load';
import { agencyOf, withConfig } from '../config/merge';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { DocumentCache, type AnalysisContext, type DocumentState } from './document-state';
import { fileText, PreviousReports } from './previous-reports';
import { WorkspaceTrust } from './trust';
import { uriKey, uriPath } from './uri';

export interface SessionOptions {
  /** Folder of the rule documentation pages (docs/rules beside the server bundle). */
  readonly docsDir: string;
}

/**
 * Everything the handlers share: the connection, the open documents and their analysed
 * states, the settings, and what the client can do. Handlers stay thin: they look the
 * document's state up here and hand it to an engine function.
 */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache: DocumentCache;
  readonly previous: PreviousReports;
  /** VS Code's settings (or another client's); a report's own are `settingsFor(uri)`. */
  settings: Settings = DEFAULT_SETTINGS;
  /** The `.govreport.jsonc` files; each one read is told to `configListener` (its problems are published). */
  readonly configs = new ConfigFiles((config) => this.configListener?.(config));
  configListener?: (config: LoadedConfig) => void;
  capabilities: ClientCapabilities = {};
  /** The client's display language (initialize `locale`, or the VS Code client's initializationOptions). */
  clientLocale?: string;
  workspaceFolders: string[] = [];
  /** Restricted Mode: what may be read (last year's report, configuration files) stays inside the workspace. */
  readonly trust = new WorkspaceTrust(() => this.workspaceFolders);
  /**
   * Set once the settings have been read after `initialized`. Until then nothing is published:
   * diagnostics in the wrong language or severity would flash and be replaced a moment later.
   */
  settingsLoaded = false;

  constructor(
    readonly connection: Connection,
    readonly options: SessionOptions,
  ) {
    this.previous = new PreviousReports((uri) => {
      const open = this.openDocument(uri);
      if (open) return { version: `open:${open.version}`, read: () => open.getText() };
      const path = uriPath(uri);
      return path ? fileText(path) : undefined;
    }, (path) => this.trust.mayRead(path));
    this.cache = new DocumentCache((uri) => this.analysisContext(uri));
  }

  analysisContext(uri: string): AnalysisContext {
    return { parse: (text) => this.parse(uri, text), rules: this.settingsFor(uri).rules, previousFor: (u, model) => this.previous.previousFor(u, model) };
  }

  /**
   * The configuration file that applies to a document: the nearest `.govreport.jsonc` above it;
   * for a document not saved yet, the one of the first workspace folder.
   */
  configFor(uri: string): LoadedConfig | undefined {
    const path = uriPath(uri);
    const dir = path ? dirname(path) : this.workspaceFolders[0];
    return dir === undefined ? undefined : this.configs.forDirectory(dir);
  }

  /** The settings for one document: the client's, with its configuration file over them (config/merge.ts). */
  settingsFor(uri: string): Settings {
    return withConfig(this.settings, this.configFor(uri)?.values);
  }

  /** A document's text as a report, with the agency its configuration names. */
  parse(uri: string, text: string): ReportModel {
    return withAgencyDefaults(parseReport(text), agencyOf(this.configFor(uri)?.values));
  }

  /** Language of messages: the setting, or the client's display language when it is auto. */
  get lang(): Lang {
    const setting = this.settings.language;
    if (setting === 'zh-CN') return 'zh';
    if (setting === 'en') return 'en';
    // Without a locale (some editors send none) Chinese: the reports and their readers are Chinese.
    return this.clientLocale === undefined || this.clientLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  /** The open document with this URI, however the URI was encoded. */
  openDocument(uri: string): TextDocument | undefined {
    const direct = this.documents.get(uri);
    if (direct) return direct;
    const key = uriKey(uri);
    return this.documents.all().find((d) => uriKey(d.uri) === key);
  }

  /** The analysed state of an open document's current version (computed once per version). */
  stateOf(uri: string): DocumentState | undefined {
    const document = this.documents.get(uri);
    return document ? this.cache.get(document) : undefined;
  }

  /** Whether the client can do something, by a path into its capabilities. */
  supports(read: (c: ClientCapabilities) => boolean | undefined): boolean {
    return read(this.capabilities) === true;
  }
}
