import type { Severity } from '../../engine';
import type { SourceFormat } from '../../import';
import { count, msg, type Lang } from '../i18n';

const NOUNS: Readonly<Record<Severity, Parameters<typeof count>[1]>> = {
  error: msg('错误', 'error'),
  warning: msg('警告', 'warning'),
  info: { zh: '信息', en: 'info', enPlural: 'info' },
  hint: msg('提示', 'hint'),
};

/** `Checked 3 files: 2 errors, 1 warning.` (for stderr: stdout stays machine-readable). */
export function summaryLine(files: number, tally: Readonly<Record<Severity, number>>, lang: Lang, notChecked = 0): string {
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => tally[s] > 0).map((s) => count(tally[s], NOUNS[s], lang));
  const checked = count(files, msg('文件', 'file'), lang);
  const skipped = notChecked === 0 ? '' : count(notChecked, msg('文件', 'file'), lang);
  if (lang === 'zh') return `已检查 ${checked}：${parts.length ? parts.join('，') : '未发现问题'}${skipped && `；${skipped}未能检查`}。\n`;
  return `Checked ${checked}: ${parts.length ? parts.join(', ') : 'no problems'}${skipped && `; ${skipped} could not be checked`}.\n`;
}

const FORMAT_NAMES: Readonly<Record<SourceFormat, { zh: string; en: string }>> = {
  docx: msg('Word 文档', 'Word document'),
  html: msg('网页', 'web page'),
  pdf: msg('PDF', 'PDF'),
};

/**
 * For stderr: which files were imported to be checked, and what their line numbers mean (the
 * lines of `govreport import`'s output; the place in the original follows each finding).
 */
export function importNotes(files: readonly { readonly path: string; readonly format: SourceFormat }[], lang: Lang): string {
  return files
    .map(({ path, format }) => {
      const kind = FORMAT_NAMES[format][lang];
      return lang === 'zh'
        ? `注：${path}（${kind}）已导入后检查；行号指 govreport import ${path} 输出的报告，方括号内是原文位置。\n`
        : `note: ${path} is a ${kind}, imported to be checked; line numbers are those of 'govreport import ${path}', the place in the original is in brackets.\n`;
    })
    .join('');
}
