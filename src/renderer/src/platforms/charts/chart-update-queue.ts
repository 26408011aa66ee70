// Chart updates spread over frames. A refresh of the panel data can change a
// dozen of the 24 charts at once; applied together, their updates and repaints
// land in one frame and make one long task. Queued, each frame applies updates
// until a time budget is spent (always at least one), and the rest wait for
// the next frame. Only a chart's latest update is kept: an update that is
// superseded before its turn is never applied.

export type UpdateQueueClock = {
  now: () => number;
  /** Runs the callback before the next frame (requestAnimationFrame in the page). */
  nextFrame: (run: () => void) => void;
};

export type ChartUpdateQueue = {
  /** Queues `update` for `chart`, replacing one still waiting for the same chart. */
  push: (chart: object, update: () => void) => void;
  /** Drops a waiting update (the chart is gone). */
  drop: (chart: object) => void;
  /** Updates waiting now. */
  size: () => number;
};

export function createChartUpdateQueue(budgetMs: number, clock: UpdateQueueClock): ChartUpdateQueue {
  // A Map keeps insertion order: charts take their turns in the order they first asked.
  const waiting = new Map<object, () => void>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const start = clock.now();
    for (const [chart, update] of waiting) {
      waiting.delete(chart);
      update();
      if (clock.now() - start >= budgetMs) break;
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || waiting.size === 0) return;
    scheduled = true;
    clock.nextFrame(flush);
  };

  return {
    push(chart, update) {
      waiting.set(chart, update);
      schedule();
    },
    drop: (chart) => void waiting.delete(chart),
    size: () => waiting.size,
  };
}
