import type { Severity } from '../../engine';
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
