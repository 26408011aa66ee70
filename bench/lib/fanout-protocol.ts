// Messages between the fan-out bench and its client workers, and the tag that
// carries the push time inside a case title so server and raw baseline are
// timed by the same code.

/** One server a worker connects its share of clients to. */
export type WorkerTarget = { url: string; token: string; count: number };

/** What a worker recorded for one target: latencies of all its sockets, and receipts per socket. */
export type TargetSamples = { latenciesMs: Float64Array; perSocket: Uint32Array; payloadChars: number };

/** reset: forget what was recorded and, from now on, record only broadcasts numbered `fromSeq` or later. */
export type ToWorker = { type: 'reset'; fromSeq: number } | { type: 'collect' } | { type: 'close' };
export type FromWorker =
  | { type: 'ready'; sockets: number }
  | { type: 'failed'; error: string }
  | { type: 'samples'; targets: TargetSamples[] };

export const fanoutTitle = (seq: number, sentAtMs: number): string => `扇出测试 #${seq} @${sentAtMs.toFixed(3)}`;

const tag = /#(\d+) @(\d+\.\d+)$/;

export function parseFanoutTitle(title: string): { seq: number; sentAtMs: number } | null {
  const m = tag.exec(title);
  return m ? { seq: Number(m[1]), sentAtMs: Number(m[2]) } : null;
}
