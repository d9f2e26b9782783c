import { escapeHtml } from './escape';
import { sha256Base64 } from './sha256';

/**
 * A standalone HTML page: one embedded stylesheet, allowed by its hash, and a Content Security
 * Policy that allows nothing else — no script, no remote resource, no form. The report's page
 * (`render`) and the year-over-year comparison (`compare --format html`) are written through it.
 */
export interface StandalonePage {
  readonly lang: 'zh' | 'en';
  readonly title: string;
  readonly css: string;
  /** The body's markup, already escaped where it holds report text. */
  readonly body: string;
  readonly bodyClass?: string;
  /** Allow data: images (the report may embed them). */
  readonly dataImages?: boolean;
}

export function standalonePage(page: StandalonePage): string {
  return [standalonePageHead(page), page.body, STANDALONE_PAGE_END].join('\n');
}

/** The page up to and including `<body>`, for pages written in parts (the audit page streams its reports). */
export function standalonePageHead(page: Omit<StandalonePage, 'body'>): string {
  const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(page.css)}'${page.dataImages ? '; img-src data:' : ''}; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="govreport">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${page.css}</style>`,
    '</head>',
    page.bodyClass ? `<body class="${page.bodyClass}">` : '<body>',
  ].join('\n');
}

/** What closes every standalone page. */
export const STANDALONE_PAGE_END = '</body>\n</html>\n';
