import { describe, expect, it } from 'vitest';
import { createWallRecovery, HANG_GRACE_MS } from './wall-recovery.ts';

/** A hand-driven clock: timers fire when `advance` passes them. */
function harness() {
  let t = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const done: string[] = [];
  const recovery = createWallRecovery({
    reload: () => done.push(`reload@${t}`),
    crash: () => {
      done.push(`crash@${t}`);
      recovery.gone('killed'); // what Electron reports after forcefullyCrashRenderer
    },
    setTimer: (fn, ms) => (timers.set(next, { at: t + ms, fn }), next++),
    clearTimer: (h) => void timers.delete(h as number),
    now: () => t,
  });
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      t = due[1].at;
      due[1].fn();
    }
    t = end;
  };
  return { recovery, advance, done, pending: () => timers.size };
}

describe('big-screen recovery', () => {
  it('reloads a crashed renderer, backing off while it keeps crashing and starting over after a quiet spell', () => {
    const h = harness();
    h.recovery.gone('crashed');
    h.recovery.gone('crashed'); // one reload per outage, however many reports
    h.advance(5_000);
    h.recovery.gone('oom');
    h.advance(10_000);
    h.recovery.gone('crashed');
    h.advance(20_000);
    expect(h.done).toEqual(['reload@5000', 'reload@15000', 'reload@35000']);
    h.advance(11 * 60_000);
    h.recovery.gone('crashed');
    h.advance(5_000);
    expect(h.done.at(-1)).toBe(`reload@${35_000 + 11 * 60_000 + 5_000}`);
  });

  it('leaves a clean exit alone', () => {
    const h = harness();
    h.recovery.gone('clean-exit');
    h.advance(60_000);
    expect(h.done).toEqual([]);
  });

  it('kills and reloads a renderer that stays hung, and waits out one that recovers', () => {
    const h = harness();
    h.recovery.unresponsive();
    h.advance(HANG_GRACE_MS - 1);
    h.recovery.responsive();
    h.advance(HANG_GRACE_MS);
    expect(h.done).toEqual([]);
    h.recovery.unresponsive();
    h.recovery.unresponsive();
    h.advance(HANG_GRACE_MS + 5_000);
    expect(h.done).toEqual([`crash@${3 * HANG_GRACE_MS - 1}`, `reload@${3 * HANG_GRACE_MS - 1 + 5_000}`]);
  });

  it('does nothing once the window is closed', () => {
    const h = harness();
    h.recovery.gone('crashed');
    h.recovery.unresponsive();
    h.recovery.close();
    h.advance(10 * 60_000);
    expect(h.done).toEqual([]);
    expect(h.pending()).toBe(0);
  });
});
