import { describe, expect, it } from 'vitest';
import { FAILURES_FOR_OUTAGE, HEALTHY, isOnlineSource, nextHealth, type BasemapHealth } from './basemap-health.ts';

const run = (tiles: readonly boolean[]): BasemapHealth => {
  let state = { health: HEALTHY, streak: 0 };
  for (const ok of tiles) state = nextHealth(state.health, ok, state.streak);
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

  it('knows the online basemap\'s sources from the offline ones', () => {
    expect(isOnlineSource('online-base')).toBe(true);
    expect(isOnlineSource('online-label')).toBe(true);
    expect(isOnlineSource('grids')).toBe(false);
    expect(isOnlineSource(undefined)).toBe(false);
  });
});
