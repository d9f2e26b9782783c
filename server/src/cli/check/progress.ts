import type { Lang } from '../i18n';

/** How often the progress line may be redrawn: often enough to look alive, rarely enough to cost nothing. */
const INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, before anything else is written to the terminal. */
  clear(): void;
}

/**
 * `Checking 120/1000…` on one line of a terminal, redrawn in place. Only for a terminal: when
 * stderr is a file or a pipe (CI logs, `2>errors.txt`) nothing is written, so logs stay clean.
 */
export function terminalProgress(write: (text: string) => void, lang: Lang, now: () => number = Date.now): Progress {
  let shown = false;
  let last = -Infinity;
  return {
    update(done, total) {
      const t = now();
      if (t - last < INTERVAL_MS && done < total) return;
      last = t;
      shown = true;
      write(`\r\x1b[K${lang === 'zh' ? `正在检查 ${done}/${total}…` : `Checking ${done}/${total}…`}`);
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}

export const NO_PROGRESS: Progress = { update: () => {}, clear: () => {} };
