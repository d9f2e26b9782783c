import { uiAvailable, ui } from './ui';

/** The messages of the notification toasts (VS Code 1.96's DOM). */
const TOAST_MESSAGES = '.notifications-toasts .notification-list-item-message';

/**
 * Waits until a notification toast shows exactly `message` (a user sees it; the API cannot
 * read notifications). Resolves at once in the Electron route, which has no page to read.
 */
export async function notificationShowing(message: string, timeoutMs = 10_000): Promise<void> {
  if (!uiAvailable) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { results } = await ui([{ text: TOAST_MESSAGES }]);
    const shown = results[0] as string[];
    if (shown.some((m) => m.trim() === message)) return;
    if (Date.now() > deadline) throw new Error(`no notification “${message}”; showing: ${JSON.stringify(shown)}`);
  }
}
