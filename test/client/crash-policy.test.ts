import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, CrashPolicy, MAX_RESTARTS } from '../../client/src/client/crash-policy';

describe('crash policy', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('restarts after a crash and tells the user once per burst', () => {
    const c = clock();
    const policy = new CrashPolicy(c.now);
    expect(policy.onClosed()).toEqual({ restart: true, notice: 'restarted' });
    c.advance(1000);
    expect(policy.onClosed()).toEqual({ restart: true });
    c.advance(CRASH_WINDOW_MS);
    expect(policy.onClosed()).toEqual({ restart: true, notice: 'restarted' });
  });

  it('gives up, with one final notice, when the server keeps crashing', () => {
    const c = clock();
    const policy = new CrashPolicy(c.now);
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => {
      c.advance(100);
      return policy.onClosed();
    });
    expect(decisions.filter((d) => d.restart)).toHaveLength(MAX_RESTARTS);
    expect(decisions.at(-1)).toEqual({ restart: false, notice: 'gave-up' });
    expect(decisions.filter((d) => d.notice)).toHaveLength(2);
  });

  it('a deliberate restart resets the count', () => {
    const c = clock();
    const policy = new CrashPolicy(c.now);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.onClosed();
    policy.reset();
    expect(policy.onClosed()).toEqual({ restart: true, notice: 'restarted' });
  });
});
