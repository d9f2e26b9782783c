/**
 * Waiting for a webview to show something: its page reports each render ("rendered"), and a
 * command or a test waits until what it asked for is on screen. One mechanism for the preview,
 * the comparison and the dashboard, each of which says what "shown" means for it.
 */
export class RenderWaiters {
  private readonly waiting = new Set<() => void>();

  /** Resolves once `shown()` holds: at once, or after a later render. */
  until(shown: () => boolean): Promise<void> {
    if (shown()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!shown()) return;
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
    });
  }

  /** The page reported a render: every waiter looks again. */
  rendered(): void {
    for (const check of [...this.waiting]) check();
  }
}
