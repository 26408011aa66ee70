import { describe, expect, it } from 'vitest';
import { FAILURES_FOR_OUTAGE, HEALTHY, isOnlineSource, nextHealth, type BasemapHealth, type Streaks } from './basemap-health.ts';

/** Tiles of one source, or [source, ok] pairs. */
const run = (tiles: readonly (boolean | readonly [string, boolean])[]): BasemapHealth => {
  let state: { health: BasemapHealth; streaks: Streaks } = { health: HEALTHY, streaks: new Map() };
  for (const tile of tiles) {
    const [source, ok] = typeof tile === 'boolean' ? ['online-base', tile] : tile;
    state = nextHealth(state.health, source, ok, state.streaks);
  }
  return state.health;
};

describe('the online basemap\'s health', () => {
  it('fails after failures in a row, counting every failed tile', () => {
    expect(run(Array(FAILURES_FOR_OUTAGE - 1).fill(false))).toEqual({ failing: false, failedTiles: FAILURES_FOR_OUTAGE - 1 });
    expect(run(Array(FAILURES_FOR_OUTAGE + 2).fill(false))).toEqual({ failing: true, failedTiles: FAILURES_FOR_OUTAGE + 2 });
  });

  it('takes a tile missing now and then among loaded ones for a gap in coverage, not an outage', () => {
    const patchy = Array.from({ length: 40 }, (_, i) => i % FAILURES_FOR_OUTAGE !== 0);
    expect(run(patchy).failing).toBe(false);
  });

  it('works again from the first tile that loads', () => {
    expect(run([...Array(FAILURES_FOR_OUTAGE).fill(false), true])).toEqual(HEALTHY);
  });

  it('takes one source failing while another loads for an outage of that one', () => {
    const labelsDown = Array.from({ length: 2 * FAILURES_FOR_OUTAGE }, (_, i) => [i % 2 ? 'online-label' : 'online-base', i % 2 === 0] as const);
    expect(run(labelsDown)).toEqual({ failing: true, failedTiles: FAILURES_FOR_OUTAGE });
    // Once the labels load again, all is well.
    expect(run([...labelsDown, ['online-label', true]])).toEqual(HEALTHY);
  });

  it('knows the online basemap\'s sources from the offline ones', () => {
    expect(isOnlineSource('online-base')).toBe(true);
    expect(isOnlineSource('online-label')).toBe(true);
    expect(isOnlineSource('grids')).toBe(false);
    expect(isOnlineSource(undefined)).toBe(false);
  });
});
