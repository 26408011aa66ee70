// Collapse any number of requests within one animation frame into one run:
// a burst of case or status changes costs the map one update, not hundreds.
export type FrameBatch = { schedule(): void; cancel(): void };

export function perFrame(run: () => void): FrameBatch {
  let frame = 0;
  return {
    schedule() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        run();
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
