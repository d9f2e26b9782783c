import { canonicalText } from './dom';

/**
 * A draft written to attack the page it is rendered into: markup and script in prose, in
 * headings, in a table cell and in a link target. Every payload would set `window.__pwned`
 * if it ever ran (the browser tier checks that it never does).
 */
export const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned = \'a\'">raw link</a>',
  '[markdown link](javascript:window.__pwned=\'md\')',
  '[encoded](jav&#x61;script:window.__pwned=\'enc\')',
  '[data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)',
  '<javascript:window.__pwned=1>',
  '![image](javascript:window.__pwned=\'image\')',
  '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '<style>body{display:none}</style>',
];

/** Safe links that must stay links. */
export const SAFE_LINKS = ['[门户网站](https://www.xiaoyi.gov.cn/)', '[来信](mailto:gk@xiaoyi.gov.cn)'];

export function hostileDraft(): string {
  const canonical = canonicalText();
  const prose = [...PAYLOADS, ...SAFE_LINKS].map((p) => `本段测试：${p} 结束。`).join('\n\n');
  const withProse = canonical.replace('## 一、总体情况\n', `## 一、总体情况\n\n${prose}\n\n### （九）<script>window.__pwned = "heading"</script>\n`);
  // A figure cell holding text: shown as written, marked (it is not a number). Markup in a cell
  // never gets this far: the parser places only figure-like cells, and labels are the format's own.
  return withProse.replace(/\| 行政许可(\s*)\|\s*35583 \|/, '| 行政许可$1| 无 |');
}
