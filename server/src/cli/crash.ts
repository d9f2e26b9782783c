import { detectLang } from './i18n';

/**
 * The last line of defence: an error that is not the user's (a bug) becomes one line asking
 * for a report, exit status 2, and the stack only with GOVREPORT_DEBUG=1. This module imports
 * next to nothing so that it is armed before the engine and its libraries even load.
 */
export function crash(error: unknown): never {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const debug = process.env.GOVREPORT_DEBUG === '1';
  const line =
    detectLang(process.env) === 'zh'
      ? `govreport: 内部错误：${detail}。这是 govreport 的缺陷，请连同所用命令一起报告${debug ? '' : '（设置 GOVREPORT_DEBUG=1 可显示详情）'}。\n`
      : `govreport: internal error: ${detail}. This is a bug in govreport; please report it with the command you ran${debug ? '' : ' (set GOVREPORT_DEBUG=1 for details)'}.\n`;
  process.stderr.write(line);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}

export function armCrashHandlers(): void {
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
