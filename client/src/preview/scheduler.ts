/**
 * When to ask the server for a new preview while the user types: the first change at once,
 * then at most one request per `interval` (the last change in a burst is never lost), never
 * two requests in flight, and never an answer older than one already shown. Pure (timers are
 * injected) so the policy is unit-tested without VS Code.
 */

export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Versioned {
  readonly version: number;
}

export class UpdateScheduler<R extends Versioned> {
  private lastStart = -Infinity;
  private timer: unknown;
  private inFlight = false;
  private dirty = false;
  private disposed = false;
  /** Version of the last result shown. */
  shownVersion = -1;

  constructor(
    private readonly fetch: () => Promise<R | null>,
    private readonly show: (result: R) => void,
    private readonly interval = 150,
    private readonly clock: SchedulerClock = realClock,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** The document changed (or the preview opened): schedule an update. */
  request(): void {
    if (this.disposed) return;
    this.dirty = true;
    if (this.inFlight || this.timer !== undefined) return;
    const wait = this.lastStart + this.interval - this.clock.now();
    if (wait <= 0) void this.run();
    else this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    if (this.disposed || !this.dirty) return;
    this.dirty = false;
    this.inFlight = true;
    this.lastStart = this.clock.now();
    try {
      const result = await this.fetch();
      // Answers can arrive out of order (a restarted server, a slow parse): drop anything older than what is shown.
      if (result && !this.disposed && result.version >= this.shownVersion) {
        this.shownVersion = result.version;
        this.show(result);
      }
    } catch (error) {
      this.onError(error);
    } finally {
      this.inFlight = false;
      if (this.dirty) this.request();
    }
  }
}
