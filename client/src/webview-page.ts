import { escapeHtml } from '../../server/src/engine/render/escape';

/**
 * The one shell of every govreport webview page (preview, comparison, dashboard): set once per
 * panel, everything after is patched in by postMessage. Each page states its own Content
 * Security Policy; the shell adds the nonce'd stylesheet and script, and escapes every value
 * it is given, so nothing from a report or a setting becomes markup.
 */
export interface WebviewPageInput {
  readonly lang: 'zh' | 'en';
  /** CSP directives, joined with '; ' (the page decides what it allows). */
  readonly csp: readonly string[];
  readonly nonce: string;
  readonly css: string;
  readonly scriptUri: string;
  /** `data-*` attributes of <body>, values serialised as JSON when they are not strings. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The body's markup before the script: built by the page from escaped text only. */
  readonly body: string;
}

export function webviewPage({ lang, csp, nonce, css, scriptUri, data, body }: WebviewPageInput): string {
  const attributes = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp.join('; '))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${css}</style>
</head>
<body${attributes}>
${body}
<script nonce="${nonce}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}

/** A nonce for one page: 128 random bits (Web Crypto: in the extension host and in browsers alike). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
