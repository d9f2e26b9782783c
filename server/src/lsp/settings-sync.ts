import { parseSettings } from '../settings';
import type { Session } from './session';

const shownProblems = new Set<string>();

/**
 * Reads the `govreport` settings: pulled from the client when it supports
 * workspace/configuration, else taken from what didChangeConfiguration pushed. Invalid values
 * keep their defaults and are reported once each (log and a warning), never fatal.
 */
export async function loadSettings(session: Session, pushed?: unknown): Promise<void> {
  let raw = pushed;
  if (session.supports((c) => c.workspace?.configuration)) {
    try {
      raw = await session.connection.workspace.getConfiguration('govreport');
    } catch (error) {
      session.connection.console.warn(`govreport: could not read the settings (${String(error)}); using the previous ones`);
      return;
    }
  }
  const { settings, problems } = parseSettings(raw ?? {});
  session.settings = settings;
  for (const problem of problems) {
    session.connection.console.warn(`govreport: invalid setting, default used: ${problem}`);
    if (shownProblems.has(problem)) continue;
    shownProblems.add(problem);
    void session.connection.window.showWarningMessage(
      session.lang === 'zh' ? `govreport 设置无效，已使用默认值：${problem}` : `Invalid govreport setting, default used: ${problem}`,
    );
  }
}
