// One clock for latencies measured across processes on the same machine.
// Date.now() has millisecond steps, too coarse for sub-millisecond broadcasts;
// performance.timeOrigin is fixed per process at startup and was seen 1–10 ms
// off between processes on a busy machine. process.hrtime reads CLOCK_MONOTONIC,
// which all processes on one Linux machine share, with nanoseconds.
export const monotonicNowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
