// Platform metrics through the real server and workstation core: ingest with
// per-point validation, rollups, the panels' series and wishes in the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import type { LinkState } from '../../src/shared/contract.ts';
import type { SeriesView } from '../../src/shared/metrics.ts';
import { query, until } from '../support/core-client.ts';
import { connectClient, DEMO_PASSWORD, login } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;

describe('platform metrics', () => {
  const dir = tempDir();
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir: `${dir.path}/server`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
    const s = await login(server.url, 'system');
    if (!s.ok) throw new Error(s.error);
    token = s.token;
  }, 30_000);
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  const post = (points: unknown, auth = token) =>
    fetch(`${server.url}/api/metrics`, { method: 'POST', headers: { authorization: `Bearer ${auth}` }, body: JSON.stringify({ points }) }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('keeps good points, rejects bad ones with reasons, and refuses accounts that may not report', async () => {
    const at = new Date().toISOString();
    const res = await post([
      { platform: 'agriculture', key: 'soil_moisture', dimensions: { field: '长青乡示范田' }, at, value: 12.5 },
      { platform: 'agriculture', key: 'soil_moisture', dimensions: { field: '长青乡示范田' }, at, value: 17.5 },
      { platform: 'agriculture', key: 'moon_phase', at, value: 1 },
    ]);
    expect(res).toEqual({ status: 200, body: { ok: true, accepted: 2, rejected: [{ index: 2, reason: '未知指标: agriculture/moon_phase' }] } });
    const seat = await login(server.url, 'seat-chengguan');
    expect((await post([], seat.ok ? seat.token : '')).status).toBe(403);
    // The same over the socket, as field gateways send it.
    const client = await connectClient(server.url, 'system');
    const viaSocket = await client.socket.timeout(5000).emitWithAck('metrics.ingest', { points: [{ platform: 'industry', key: 'output', dimensions: { park: '佳木斯高新区' }, at, value: 10 }, { key: 'output' }] });
    client.close();
    expect(viaSocket).toMatchObject({ ok: true, accepted: 1, rejected: [{ index: 1 }] });
    const recent = (await (await fetch(`${server.url}/api/metrics/recent`, { headers: { authorization: `Bearer ${token}` } })).json()) as { series: SeriesView[] };
    const moisture = recent.series.find((s) => s.key === 'soil_moisture' && s.dims === 'field=长青乡示范田')!;
    expect(moisture.points.minute!.at(-1)![1]).toBe(15); // the mean of the minute's two points
  });

  it('gives the workstation a year of daily series, recent detail and wishes, kept for offline use', async () => {
    const seat = await connectClient(server.url, 'seat-chengguan'); // one department seat is staffed
    const core: Core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'leader', password: DEMO_PASSWORD } });
    try {
      await until(async () => (await query<LinkState>(core, 'link.state')).status === 'online');
      await until(async () => (await query<{ recentAt: string | null }>(core, 'metrics.series')).recentAt !== null);
      const series = await query<{ daily: SeriesView[]; recent: SeriesView[] }>(core, 'metrics.series');
      const output = series.daily.filter((s) => s.platform === 'industry' && s.key === 'output');
      expect(output).toHaveLength(4); // one per industrial park
      expect(output[0]!.points.day!.length).toBeGreaterThanOrEqual(39);
      expect(new Set(series.daily.map((s) => s.platform)).size).toBe(7);
      const wishes = await query<{ wishes: { state: string }[] }>(core, 'wishes.list');
      expect(wishes.wishes.length).toBeGreaterThan(100);
      const kpis = await query<Record<string, Record<string, { value: number | null }>>>(core, 'kpis.compute', { groupBy: 'all' });
      expect(kpis.all!.wishClaimRate!.value).toBeGreaterThan(0.85);
      // The wall's quarter-minute refresh asks for the recent detail alone: the year of days stays out of the answer.
      const recentOnly = await query<{ daily: SeriesView[]; recent: SeriesView[]; dailyAt: string | null }>(core, 'metrics.series', { include: ['recent'] });
      expect(recentOnly.daily).toEqual([]);
      expect(recentOnly.recent.length).toBe(series.recent.length);
      expect(recentOnly.dailyAt).not.toBeNull();
      // A platform's KPIs over its own cases, by category, add up to its group in the grouping by platform.
      type Kpis = Record<string, Record<string, { value: number | null; numerator: number }>>;
      const byPlatform = await query<Kpis>(core, 'kpis.compute', { groupBy: 'platform' });
      for (const [platform, set] of Object.entries(byPlatform)) {
        const byCategory = await query<Kpis>(core, 'kpis.compute', { groupBy: 'category', platform });
        expect(Object.keys(byCategory).every((k) => /^[^:]*:\w+$/.test(k))).toBe(true);
        expect(Object.values(byCategory).reduce((n, s) => n + s.accepted!.value!, 0)).toBe(set.accepted!.value);
      }
      const gridMonths = await query<Kpis>(core, 'kpis.compute', { groupBy: 'month', platform: 'grid' });
      expect(Object.keys(gridMonths).length).toBeGreaterThan(6); // the wishes of the year count with 智慧网格
      expect(await core.request({ id: 1, kind: 'query', name: 'kpis.compute', args: { platform: 'moon' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      // The 1+6+N roster, and the seats online: the department seat connected and the leader's own seat.
      await until(async () => (await query<{ fetchedAt: string | null }>(core, 'reference.workerCounts')).fetchedAt !== null);
      const workers = await query<{ total: number; byKind: Record<string, number> }>(core, 'reference.workerCounts');
      expect(workers.total).toBeGreaterThan(100);
      expect(Object.values(workers.byKind).reduce((a, b) => a + b, 0)).toBe(workers.total);
      expect(Object.keys(workers.byKind)).toEqual(expect.arrayContaining(['party-building', 'mediation', 'volunteer']));
      const seats = await query<{ online: number; total: number }>(core, 'seats.presence');
      expect(seats.total).toBeGreaterThan(5);
      expect(seats.online).toBe(2);
      await server.io.close(); // the link drops; the cached series stay
      expect((await query<{ daily: SeriesView[] }>(core, 'metrics.series')).daily.length).toBe(series.daily.length);
    } finally {
      seat.close();
      await core.close();
    }
  });
});
