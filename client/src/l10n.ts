import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

/**
 * The extension's own text (notifications, the preview, its title) in the language the user
 * chose with `govreport.language` — `auto` follows VS Code's display language — so the panels,
 * messages and diagnostics of one session never mix two languages. `vscode.l10n.t` alone would
 * follow only the display language. Messages are written in English and translated by the
 * l10n bundle (checked by test/client/manifest.test.ts); counts choose their plural form.
 */

export type UiLanguage = 'zh' | 'en';

const ZH: Readonly<Record<string, string>> = zhCn;

/** The language of the extension's text now (read on every call: the setting can change at any time). */
export function uiLanguage(): UiLanguage {
  const setting = vscode.workspace.getConfiguration('govreport').get<string>('language', 'auto');
  if (setting === 'zh-CN') return 'zh';
  if (setting === 'en') return 'en';
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

type Arg = string | number | boolean;

export const l10n = {
  /** The message in the current language, `{0}`… replaced by the arguments. */
  t(message: string, ...args: Arg[]): string {
    return format(uiLanguage() === 'zh' ? (ZH[message] ?? message) : message, args);
  },
  /**
   * A message about a count, in the form the count needs: `plural(1, '{0} error', '{0} errors')`
   * is "1 error", with 2 "2 errors"; in Chinese both forms translate to 「{0} 个错误」. The count is `{0}`.
   */
  plural(count: number, one: string, other: string, ...args: Arg[]): string {
    return l10n.t(count === 1 ? one : other, count, ...args);
  },
};

function format(template: string, args: readonly Arg[]): string {
  return template.replace(/\{(\d+)\}/g, (hole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : hole));
}
