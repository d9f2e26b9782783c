/**
 * When to restart a crashed language server and when to tell the user — pure, so it is unit
 * tested with a fake clock (test/client/crash-policy.test.ts). The user's text lives in VS
 * Code, never in the server, so a restart loses nothing; the user is told once per burst of
 * crashes (not the library's two or three notices per crash), and once more only when
 * restarting stops helping.
 */

/** Crashes within this window count as one burst (one notice). The library's default window. */
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Restarts allowed within the window before giving up on a server that crashes on every start. */
export const MAX_RESTARTS = 4;

export type CrashNotice = 'restarted' | 'gave-up';

export interface CrashDecision {
  readonly restart: boolean;
  /** Set when the user should be told; absent for a repeat crash within the burst. */
  readonly notice?: CrashNotice;
}

export class CrashPolicy {
  private restarts: number[] = [];
  private noticeShownAt: number | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** The server process went away without being asked to. */
  onClosed(): CrashDecision {
    const now = this.now();
    this.restarts = this.restarts.filter((t) => now - t < CRASH_WINDOW_MS);
    this.restarts.push(now);
    if (this.restarts.length > MAX_RESTARTS) return { restart: false, notice: 'gave-up' };
    if (this.noticeShownAt !== undefined && now - this.noticeShownAt < CRASH_WINDOW_MS) return { restart: true };
    this.noticeShownAt = now;
    return { restart: true, notice: 'restarted' };
  }

  /** A deliberate restart by the user starts a fresh count. */
  reset(): void {
    this.restarts = [];
    this.noticeShownAt = undefined;
  }
}
