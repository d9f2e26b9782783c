import type { Severity } from '../../engine';
import { count, msg, type Lang } from '../i18n';
import type { FileDiagnostic } from './job';

/** The diagnostics of one checked file, as printed. */
export interface FileResult {
  readonly path: string;
  readonly diagnostics: readonly FileDiagnostic[];
}

/** `path:line:col severity rule message`, 1-based, one line each: grep- and editor-friendly. */
export function formatText(files: readonly FileResult[], lang: Lang): string {
  let out = '';
  for (const file of files) {
    for (const d of file.diagnostics) {
      const { line, character } = d.range.start;
      out += `${file.path}:${line + 1}:${character + 1} ${d.severity} ${d.rule} ${oneLine(d.message[lang])}\n`;
    }
  }
  return out;
}

/** The JSON contract of issue 2: 0-based LSP ranges, the message in the chosen language. */
export function formatJson(files: readonly FileResult[], lang: Lang): string {
  const document = {
    files: files.map((f) => ({
      path: f.path,
      diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message[lang], range: d.range })),
    })),
  };
  return `${JSON.stringify(document)}\n`;
}

const NOUNS: Readonly<Record<Severity, Parameters<typeof count>[1]>> = {
  error: msg('错误', 'error'),
  warning: msg('警告', 'warning'),
  info: { zh: '信息', en: 'info', enPlural: 'info' },
  hint: msg('提示', 'hint'),
};

/** `Checked 3 files: 2 errors, 1 warning.` (for stderr: stdout stays machine-readable). */
export function summary(files: readonly FileResult[], lang: Lang, notChecked = 0): string {
  const tally = new Map<Severity, number>();
  for (const f of files) for (const d of f.diagnostics) tally.set(d.severity, (tally.get(d.severity) ?? 0) + 1);
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => tally.has(s)).map((s) => count(tally.get(s) ?? 0, NOUNS[s], lang));
  const checked = count(files.length, msg('文件', 'file'), lang);
  const skipped = notChecked === 0 ? '' : count(notChecked, msg('文件', 'file'), lang);
  if (lang === 'zh') return `已检查 ${checked}：${parts.length ? parts.join('，') : '未发现问题'}${skipped && `；${skipped}未能检查`}。\n`;
  return `Checked ${checked}: ${parts.length ? parts.join(', ') : 'no problems'}${skipped && `; ${skipped} could not be checked`}.\n`;
}

/** One diagnostic, one line. Messages almost never break lines: test before paying for a regex. */
function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text;
}
