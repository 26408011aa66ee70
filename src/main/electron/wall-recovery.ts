// How the big screen heals itself, with no one at the wall to press F5: a
// renderer that dies is reloaded; one that hangs is given a grace period, then
// killed and reloaded in a fresh process. Reloads back off (5 s doubling to
// 5 min) so a page that dies at once does not spin, and the back-off resets
// after a quiet 10 minutes. The side effects come in as parameters, so plain
// Node tests drive it without Electron.

export type WallActions = {
  reload(): void;
  /** Kill a hung renderer; the reload that follows starts a fresh process. */
  crash(): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
  log?(message: string): void;
};

export const HANG_GRACE_MS = 30_000;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;
const QUIET_MS = 10 * 60_000;

export function createWallRecovery(a: WallActions) {
  let delay = FIRST_DELAY_MS;
  let lastTrouble = -Infinity;
  let hang: unknown = null;
  let pending: unknown = null;
  let closed = false;

  const scheduleReload = (why: string) => {
    if (closed || pending !== null) return;
    if (a.now() - lastTrouble > QUIET_MS) delay = FIRST_DELAY_MS;
    lastTrouble = a.now();
    a.log?.(`big screen: ${why}, reloading in ${delay / 1000} s`);
    pending = a.setTimer(() => {
      pending = null;
      if (!closed) a.reload();
    }, delay);
    delay = Math.min(MAX_DELAY_MS, delay * 2);
  };
  const cancelHang = () => {
    if (hang !== null) a.clearTimer(hang);
    hang = null;
  };

  return {
    /** 'render-process-gone': anything but a clean exit is reloaded. */
    gone(reason: string) {
      cancelHang();
      if (reason !== 'clean-exit') scheduleReload(`renderer gone (${reason})`);
    },
    unresponsive() {
      if (hang !== null || closed) return;
      hang = a.setTimer(() => {
        hang = null;
        // Killing the renderer raises 'render-process-gone' (killed), which schedules the reload.
        a.crash();
      }, HANG_GRACE_MS);
    },
    responsive: cancelHang,
    close() {
      closed = true;
      cancelHang();
      if (pending !== null) a.clearTimer(pending);
      pending = null;
    },
  };
}
