import { describe, expect, it } from 'vitest';
import { UpdateScheduler, type SchedulerClock } from '../../client/src/preview/scheduler';

/** The preview's update policy, on a fake clock: first update at once, then throttled, in order, never stale. */

class FakeClock implements SchedulerClock {
  time = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private next = 0;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
      await flush();
    }
    this.time = end;
    await flush();
  }
}

const flush = () => new Promise((r) => setImmediate(r));

function harness(answer: (call: number) => { version: number } | Promise<{ version: number }>) {
  const clock = new FakeClock();
  const calls: number[] = [];
  const shown: number[] = [];
  const scheduler = new UpdateScheduler(
    async () => {
      calls.push(clock.now());
      return answer(calls.length);
    },
    (r) => shown.push(r.version),
    150,
    clock,
  );
  return { clock, calls, shown, scheduler };
}

describe('UpdateScheduler', () => {
  it('asks at once for the first update', async () => {
    const h = harness((n) => ({ version: n }));
    h.scheduler.request();
    await flush();
    expect(h.calls).toEqual([0]);
    expect(h.shown).toEqual([1]);
  });

  it('throttles a burst of keystrokes to one request per interval, keeping the last', async () => {
    const h = harness((n) => ({ version: n }));
    for (let t = 0; t < 1000; t += 20) {
      h.scheduler.request();
      await h.clock.advance(20);
    }
    await h.clock.advance(300);
    // 1000 ms of typing: about one request per 150 ms, the first at 0, one after the burst.
    expect(h.calls[0]).toBe(0);
    expect(h.calls.length).toBeGreaterThanOrEqual(6);
    expect(h.calls.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < h.calls.length; i++) expect(h.calls[i] - h.calls[i - 1]).toBeGreaterThanOrEqual(150);
    expect(h.calls.at(-1)).toBeGreaterThanOrEqual(980);
  });

  it('never has two requests in flight, and asks again after a slow answer when the text moved on', async () => {
    let release: (v: { version: number }) => void = () => undefined;
    const h = harness((n) => (n === 1 ? new Promise((r) => (release = r)) : { version: n }));
    h.scheduler.request();
    await h.clock.advance(400);
    h.scheduler.request();
    await h.clock.advance(400);
    expect(h.calls).toHaveLength(1);
    release({ version: 1 });
    await flush();
    await h.clock.advance(200);
    expect(h.calls).toHaveLength(2);
    expect(h.shown).toEqual([1, 2]);
  });

  it('drops an answer older than the one shown', async () => {
    const versions = [5, 3, 6];
    const h = harness((n) => ({ version: versions[n - 1] }));
    for (let i = 0; i < 3; i++) {
      h.scheduler.request();
      await h.clock.advance(200);
    }
    expect(h.shown).toEqual([5, 6]);
  });

  it('does nothing after dispose', async () => {
    const h = harness((n) => ({ version: n }));
    h.scheduler.request();
    await flush();
    h.scheduler.request();
    h.scheduler.dispose();
    await h.clock.advance(500);
    expect(h.calls).toHaveLength(1);
  });
});
