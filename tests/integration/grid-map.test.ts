// The map's data through the core, against a real embedded server: grid tiles
// cut by the core (communities below z12, grids from there, each with its
// code), the all-or-nothing grid import, and the basemap setting that opens
// the page's CSP to exactly its tile origin.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import type { Grid } from '../../src/shared/domain/model.ts';
import { verifyChain, type CaseEvent } from '../../src/shared/domain/case-event.ts';
import type { GridImportResult } from '../../src/shared/grid-import.ts';
import type { LinkState } from '../../src/shared/contract.ts';
import { command, query, until } from '../support/core-client.ts';
import { connectClient, DEMO_PASSWORD, login } from '../support/server-client.ts';
import { CGCS2000_PRJ, zipShapefile } from '../support/shapefile-writer.ts';
import { bytesToBase64 } from '../../src/shared/grid-file.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;

/** The web-mercator tile holding a point. */
function tileOf([lng, lat]: readonly [number, number], z: number) {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return { z, x: Math.floor(((lng + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n) };
}

const decode = (base64: string) => new VectorTile(new PbfReader(Buffer.from(base64, 'base64')));
const inside = (g: Grid): [number, number] => {
  const xs = g.ring.map((p) => p[0]);
  const ys = g.ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};
const square = (code: string, [x, y]: [number, number], d = 0.002) => ({
  type: 'Feature', properties: { code, name: `导入网格${code.slice(-3)}` },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
});

describe('grid map data through the core', () => {
  const dir = tempDir();
  let server: RunningServer;
  let core: Core;
  let intake: Core;
  let grids: Grid[];
  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir: `${dir.path}/server`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
    core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
    intake = await createCore({ dataDir: `${dir.path}/intake`, serverUrl: server.url, credentials: { username: 'intake', password: DEMO_PASSWORD } });
    for (const c of [core, intake]) {
      await until(async () => (await query<LinkState>(c, 'link.state')).status === 'online');
      await until(async () => (await query<{ fetchedAt: string | null }>(c, 'reference.grids')).fetchedAt !== null);
    }
    grids = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids;
  }, 30_000);
  afterAll(async () => {
    await core.close();
    await intake.close();
    await server.close();
    dir.remove();
  });

  it('cuts vector tiles: communities at city scale, grids with their codes from z12', async () => {
    const grid = grids[0]!;
    const city = decode((await query<{ data: string }>(core, 'grids.tile', tileOf(inside(grid), 10))).data);
    expect(Object.keys(city.layers)).toEqual(['communities']);
    const communities = Array.from({ length: city.layers.communities!.length }, (_, i) => city.layers.communities!.feature(i).properties.code);
    expect(communities).toContain(grid.communityCode);

    const street = decode((await query<{ data: string }>(core, 'grids.tile', tileOf(inside(grid), 14))).data);
    expect(Object.keys(street.layers)).toEqual(['grids']);
    const codes = Array.from({ length: street.layers.grids!.length }, (_, i) => street.layers.grids!.feature(i).properties.code);
    expect(codes).toContain(grid.code);

    // Far from the city there is nothing to draw.
    expect((await query<{ data: string }>(core, 'grids.tile', { z: 12, x: 0, y: 0 })).data).toBe('');
    await expect(query(core, 'grids.tile', { z: 99, x: 0, y: 0 })).rejects.toThrow(/bad-request/);
  });

  it('imports grid boundaries all or nothing, and only for the city', async () => {
    const community = grids[0]!.communityCode;
    const spot = inside(grids[0]!);
    const fresh = (n: number) => `${community}${String(900 + n)}`;

    // One bad feature (an unknown community) keeps the good one out as well.
    const bad = { type: 'FeatureCollection', features: [square(fresh(1), [spot[0] + 0.5, spot[1]]), square('999999999999001', [spot[0] + 0.01, spot[1]])] };
    const refused = await command<GridImportResult>(core, 'grids.import', { geojson: bad });
    expect(refused).toMatchObject({ imported: false, accepted: 0, rejected: 1, features: 2 });
    expect(refused.issues.map((i) => i.code)).toContain('unknown-community');

    // A new grid laid over a stored one it does not replace is refused, naming the stored grid.
    const over = await command<GridImportResult>(core, 'grids.import', { geojson: { type: 'FeatureCollection', features: [square(fresh(3), spot)] } });
    expect(over).toMatchObject({ imported: false, accepted: 0, rejected: 1 });
    expect(over.issues).toContainEqual(expect.objectContaining({ code: 'overlap', gridCode: fresh(3), otherCode: grids[0]!.code, stored: true }));
    // A grid coded for this community but drawn in another county is named, with the county it lies in.
    const elsewhere = grids.find((g) => g.code.slice(0, 6) !== community.slice(0, 6))!;
    const astray = await command<GridImportResult>(core, 'grids.import', { geojson: { type: 'FeatureCollection', features: [square(fresh(4), inside(elsewhere))] } });
    expect(astray.issues).toContainEqual(expect.objectContaining({ code: 'outside-district', severity: 'warning', gridCode: fresh(4), otherCode: `${elsewhere.code.slice(0, 6)}000000` }));
    const server1 = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids;
    expect(server1.some((g) => g.code === fresh(1))).toBe(false);

    // Not the city's data to change for an intake desk.
    await expect(command(intake, 'grids.import', { geojson: { type: 'FeatureCollection', features: [square(fresh(2), spot)] } })).rejects.toThrow(/无权导入/);

    // A clean file: both grids land, in the reference data and in the tiles.
    const good = { type: 'FeatureCollection', features: [square(fresh(1), [spot[0] + 0.5, spot[1]]), square(fresh(2), [spot[0] + 0.503, spot[1]])] };
    const done = await command<GridImportResult>(core, 'grids.import', { geojson: good });
    expect(done).toMatchObject({ imported: true, accepted: 2, rejected: 0 });
    await until(async () => (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids.some((g) => g.code === fresh(2)));
    expect((await query<{ grids: Grid[] }>(core, 'reference.grids')).grids).toHaveLength(grids.length + 2);
    const tile = decode((await query<{ data: string }>(core, 'grids.tile', tileOf([spot[0] + 0.501, spot[1] + 0.001], 14))).data);
    const codes = Array.from({ length: tile.layers.grids!.length }, (_, i) => tile.layers.grids!.feature(i).properties.code);
    expect(codes).toContain(fresh(1));

    // The server places the next case reported there in the imported grid, without a restart.
    const peer = await connectClient(server.url, 'intake');
    const { caseId } = await peer.report({ title: '导入网格内的问题', categoryKind: '部件', categoryCode: '0101', point: [spot[0] + 0.501, spot[1] + 0.001] });
    const pulled = await peer.pull(0);
    peer.close();
    expect(pulled.ok && pulled.changes.find((c) => c.id === caseId)?.data).toMatchObject({ gridCode: fresh(1), townCode: community.slice(0, 9) + '000' });

    // A community divided anew: in communities mode its stored grids give way to the file's one grid.
    const before = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids;
    const other = before.find((g) => g.communityCode !== community)!;
    const itsGrids = before.filter((g) => g.communityCode === other.communityCode);
    const anew = `${other.communityCode}950`;
    const itsCodes = new Set(itsGrids.map((g) => g.code));
    const itsWorkers = (await query<{ gridCodes: string[] }[]>(core, 'reference.workerGrids')).filter((w) => w.gridCodes.some((c) => itsCodes.has(c))).length;
    expect(itsWorkers).toBeGreaterThan(0);
    // Open cases in the community before it is divided anew: one where the new grid will lie, one in an old grid it leaves out.
    const reporter = await connectClient(server.url, 'intake');
    const [ox, oy] = inside(other);
    const kept = await reporter.report({ title: '重划后仍在新网格内', categoryKind: '部件', categoryCode: '0101', point: [ox + 0.0002, oy + 0.0002] });
    const leftOut = itsGrids.find((g) => g.code !== other.code);
    expect(leftOut).toBeDefined();
    const orphan = await reporter.report({ title: '重划后不在任何网格内', categoryKind: '部件', categoryCode: '0101', point: inside(leftOut!) });
    const placed = async (id: string) => (await query<{ gridCode: string | null } | null>(core, 'cases.get', { id }))?.gridCode;
    await until(async () => (await placed(kept.caseId)) === other.code);
    const divided = await command<GridImportResult>(core, 'grids.import', { geojson: { type: 'FeatureCollection', features: [square(anew, inside(other), 0.0005)] }, mode: 'communities' });
    expect(divided).toMatchObject({ imported: true, accepted: 1, replaced: itsGrids.length });
    expect(divided.issues).toContainEqual(expect.objectContaining({ code: 'replaces-community', gridCode: other.communityCode, count: itsGrids.length }));
    // Its grid workers are named as serving grids that went, to be reassigned.
    expect(divided.issues).toContainEqual(expect.objectContaining({ code: 'unassigns-workers', gridCode: other.communityCode, count: itsWorkers }));
    await until(async () => (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids.some((g) => g.code === anew));
    const after = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids;
    expect(after.filter((g) => g.communityCode === other.communityCode).map((g) => g.code)).toEqual([anew]);
    expect(after).toHaveLength(before.length - itsGrids.length + 1);
    // The open cases were placed anew by the server, and the workstation heard: one in the new grid, one in none (its grid is gone).
    await until(async () => (await placed(kept.caseId)) === anew);
    await until(async () => (await placed(orphan.caseId)) === null);
    // Each move is in its case's timeline, by who imported the grids, chained after the report.
    const timeline = async (id: string) => (await query<{ events: CaseEvent[] }>(core, 'cases.timeline', { id })).events;
    for (const [id, from, to] of [[kept.caseId, other.code, anew], [orphan.caseId, leftOut!.code, '']] as const) {
      const events = await timeline(id);
      expect(events.map((e) => e.action)).toEqual(['report', 'regrid']);
      expect(events[1]).toMatchObject({ actorId: 'dispatcher', actorRole: 'dispatcher', fromState: events[0]!.toState, toState: events[0]!.toState, detail: { fromGrid: from, toGrid: to } });
      expect(verifyChain(events)).toBe(-1);
    }
    reporter.close();
  });

  it('takes a grid with a hole and the school grid inside it: every point goes to the grid it lies in', async () => {
    const community = grids[0]!.communityCode;
    const [x, y] = inside(grids[0]!);
    const x0 = x + 0.52;
    const d = 0.003;
    const h = 0.001;
    const ringAt = (x1: number, y1: number, s: number) => [[x1, y1], [x1 + s, y1], [x1 + s, y1 + s], [x1, y1 + s], [x1, y1]];
    const [outerCode, schoolCode] = [`${community}960`, `${community}961`];
    const hole = ringAt(x0 + h, y + h, h);
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: outerCode, name: '环校网格' }, geometry: { type: 'Polygon', coordinates: [ringAt(x0, y, d), hole] } },
        { type: 'Feature', properties: { code: schoolCode, name: '学校网格', kind: 'school' }, geometry: { type: 'Polygon', coordinates: [hole] } },
      ],
    };
    expect(await command<GridImportResult>(core, 'grids.import', { geojson: file })).toMatchObject({ imported: true, accepted: 2, rejected: 0 });
    await until(async () => (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids.some((g) => g.code === schoolCode));
    const stored = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids;
    expect(stored.find((g) => g.code === outerCode)?.holes).toEqual([hole]);
    // Another workstation hears of the import and fetches the grids at once, not on its periodic refresh (10 min).
    await until(async () => (await query<{ grids: Grid[] }>(intake, 'reference.grids')).grids.some((g) => g.code === schoolCode), 10_000);

    // The server: a case in the hole is the school's, one beside it the outer grid's.
    const inHole: [number, number] = [x0 + 1.5 * h, y + 1.5 * h];
    const beside: [number, number] = [x0 + 0.5 * h, y + 1.5 * h];
    const peer = await connectClient(server.url, 'intake');
    const a = await peer.report({ title: '学校门口的问题', categoryKind: '部件', categoryCode: '0101', point: inHole });
    const b = await peer.report({ title: '学校旁边的问题', categoryKind: '部件', categoryCode: '0101', point: beside });
    const pulled = await peer.pull(0);
    peer.close();
    const gridOf = (id: string) => (pulled.ok ? pulled.changes.find((c) => c.id === id)?.data.gridCode : undefined);
    expect([gridOf(a.caseId), gridOf(b.caseId)]).toEqual([schoolCode, outerCode]);
    // The workstation, offline-capable, reads the same (the intake form's look for earlier reports there).
    for (const [point, code] of [[inHole, schoolCode], [beside, outerCode]] as const) {
      expect((await query<{ gridCode: string | null }>(core, 'cases.related', { point, categoryKind: '部件', categoryCode: '0101' })).gridCode).toBe(code);
    }
    // The tile draws the outer grid with its hole.
    const tile = decode((await query<{ data: string }>(core, 'grids.tile', tileOf(inHole, 13))).data);
    const features = Array.from({ length: tile.layers.grids!.length }, (_, i) => tile.layers.grids!.feature(i));
    expect(features.find((f) => f.properties.code === outerCode)?.loadGeometry()).toHaveLength(2);
  });

  it('imports a zipped Shapefile with GBK attributes, and refuses a broken zip without changing anything', async () => {
    const community = grids[0]!.communityCode;
    const [x, y] = inside(grids[0]!);
    const code = (n: number) => `${community}${String(800 + n)}`;
    const ring = (dx: number): [number, number][] => [[x + dx, y + 0.3], [x + dx + 0.002, y + 0.3], [x + dx + 0.002, y + 0.302], [x + dx, y + 0.302], [x + dx, y + 0.3]];
    const fields = [{ name: '网格编码', type: 'C', length: 15 }, { name: '网格名称', type: 'C', length: 30 }] as const;
    const zip = await zipShapefile([{ ring: ring(0), props: { 网格编码: code(1), 网格名称: '松花江第一网格' } }, { ring: ring(0.002), props: { 网格编码: code(2), 网格名称: '松花江第二网格' } }], {
      fields: [...fields], encoding: 'gbk', cpg: 'GBK', prj: CGCS2000_PRJ,
    });
    const { token } = (await login(server.url, 'dispatcher')) as { token: string };
    const serverGrids = async () => ((await (await fetch(`${server.url}/api/reference`, { headers: { authorization: `Bearer ${token}` } })).json()) as { reference: { grids: Grid[] } }).reference.grids.length;
    const before = await serverGrids();

    await expect(command(core, 'grids.import', { shapefileZip: bytesToBase64(zip.subarray(0, 100)) })).rejects.toThrow(/zip/);
    await expect(command(core, 'grids.import', { shapefileZip: bytesToBase64(zip), geojson: { type: 'FeatureCollection', features: [] } })).rejects.toThrow(/bad-request/);
    expect(await serverGrids()).toBe(before);

    const done = await command<GridImportResult>(core, 'grids.import', { shapefileZip: bytesToBase64(zip), crs: 'wgs84' });
    expect(done).toMatchObject({ imported: true, accepted: 2, rejected: 0, features: 2 });
    await until(async () => (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids.some((g) => g.code === code(2)));
    const imported = (await query<{ grids: Grid[] }>(core, 'reference.grids')).grids.filter((g) => g.code === code(1) || g.code === code(2));
    expect(imported.map((g) => g.name).sort()).toEqual(['松花江第一网格', '松花江第二网格']);
    expect(await serverGrids()).toBe(before + 2);
  });

  it('keeps the basemap setting and names exactly its tile origins for the CSP', async () => {
    expect(await query(core, 'settings.basemap')).toEqual({ kind: 'offline' });
    expect(core.basemapOrigins()).toEqual([]);
    await expect(command(core, 'settings.setBasemap', { kind: 'xyz', url: 'file:///{z}/{x}/{y}.png', scheme: 'xyz', gcj02: false })).rejects.toThrow(/bad-request/);
    expect(core.basemapOrigins()).toEqual([]);
    await command(core, 'settings.setBasemap', { kind: 'xyz', url: 'https://tiles.example.com:8443/a/{z}/{x}/{y}.png', scheme: 'xyz', gcj02: true });
    expect(core.basemapOrigins()).toEqual(['https://tiles.example.com:8443']);
    await command(core, 'settings.setBasemap', { kind: 'tianditu', key: '0123456789abcdef0123456789abcdef', layer: 'vec', gcj02: false });
    expect(core.basemapOrigins()).toEqual(Array.from({ length: 8 }, (_, i) => `https://t${i}.tianditu.gov.cn`));
    await command(core, 'settings.setBasemap', { kind: 'offline' });
    expect(core.basemapOrigins()).toEqual([]);
  });
});
