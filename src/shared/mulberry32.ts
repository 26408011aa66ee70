// mulberry32 (Tommy Ettinger): a seeded uniform generator in [0, 1) with 32-bit state and a full
// period. The demo city, the benches and the map bench draw from it, so a seed gives the same
// sequence on every machine and in the page as in Node.
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
