/**
 * Rendering: the report as it will be published. `buildLayout` turns a parsed report and its
 * diagnostics into the layout model; `renderBody` / `renderPage` turn that into HTML; the Word
 * writer (outside the engine: it packs with Node's Buffer) reads the same layout model.
 */
export { buildLayout, type LayoutOptions } from './layout';
export { renderBody, renderPage, type HtmlOptions } from './html';
export { markdown, renderProse, joinsCjk, type ProseEnv } from './markdown';
export { escapeHtml } from './escape';
export { standalonePage, type StandalonePage } from './standalone';
export { REPORT_CSS, PAGE_CSS, PREVIEW_CSS } from './styles';
export { SYMBOLS } from './mark-html';
export type * from './types';
