// A case reported "here" lands where the operator is looking, whichever datum the basemap draws in.
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { mapCenterWgs84, registerMapView } from './map-center.ts';

const WGS84_SPOT: [number, number] = [130.3655, 46.8052];

describe('the map center in WGS84', () => {
  it('is the map’s own center over a WGS84 basemap, and nothing without a map', () => {
    expect(mapCenterWgs84()).toBeNull();
    const forget = registerMapView({ getCenter: () => ({ lng: WGS84_SPOT[0], lat: WGS84_SPOT[1] }) as never }, false);
    expect(mapCenterWgs84()).toEqual(WGS84_SPOT);
    forget();
    expect(mapCenterWgs84()).toBeNull();
  });

  it('is shifted back from GCJ-02 when the map draws in it', () => {
    const [lng, lat] = gcoord.transform(WGS84_SPOT, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    // The shift here is hundreds of metres: taking the drawn center as WGS84 would misplace the case.
    expect(Math.hypot(lng - WGS84_SPOT[0], lat - WGS84_SPOT[1])).toBeGreaterThan(0.003);
    const forget = registerMapView({ getCenter: () => ({ lng, lat }) as never }, true);
    const [x, y] = mapCenterWgs84()!;
    expect(x).toBeCloseTo(WGS84_SPOT[0], 5);
    expect(y).toBeCloseTo(WGS84_SPOT[1], 5);
    forget();
  });

  it('a map replaced before the old one is forgotten stays registered', () => {
    const forgetOld = registerMapView({ getCenter: () => ({ lng: 1, lat: 1 }) as never }, false);
    const forgetNew = registerMapView({ getCenter: () => ({ lng: 2, lat: 2 }) as never }, false);
    forgetOld();
    expect(mapCenterWgs84()).toEqual([2, 2]);
    forgetNew();
  });
});
