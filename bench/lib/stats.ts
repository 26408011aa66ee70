// Latency summaries. Nearest-rank percentiles: with a few hundred thousand
// samples interpolation changes nothing a reader would notice, and nearest
// rank always reports a latency that was actually observed.
export type Summary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: ArrayLike<number>): Summary {
  // Float64Array sorts numerically and without boxing, which matters at 200k samples.
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}
