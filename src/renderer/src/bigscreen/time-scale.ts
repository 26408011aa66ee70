// How fast the big screen's clock runs: 1 on a wall. `#/bigscreen?speed=240`
// compresses every period (rotation, refreshes) 240 times, so a soak test can
// stand for a day of running in six minutes; the clock itself still shows the
// real time.
export function timeScaleFrom(hash: string): number {
  const query = hash.split('?')[1] ?? '';
  const speed = Number(new URLSearchParams(query).get('speed'));
  return Number.isFinite(speed) && speed >= 1 && speed <= 10_000 ? speed : 1;
}
