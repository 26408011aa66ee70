// The live grid map end to end, against a real server and browser host, with
// every request off this machine refused: grids render and are colored by live
// status through feature-state; the division tree and breadcrumb fly to a
// street; the grid card names the 网格长; a case created on the server shows
// on the map without a reload, and neither source is ever reloaded for it.
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { connectClient, login } from '../support/server-client.ts';
import { CGCS2000_PRJ, zipShapefile } from '../support/shapefile-writer.ts';
import type { Grid } from '../../src/shared/domain/model.ts';
import { startWorkstationStack } from '../support/workstation-stack.ts';
import { forbidExternalRequests } from '../support/offline-network.ts';
import { mapIdle } from './page-timing.ts';

const gridLevel = (page: Page, code: string) =>
  page.evaluate((id) => window.__gccMap!.getFeatureState({ source: 'grids', sourceLayer: 'grids', id }).level as string | undefined, code);

/**
 * The map's color inside a grid, off its center (where its case's point and its code's label are
 * drawn), read back from the canvas on the next frame; `red` when the overdue fill shows there.
 */
const gridPixel = (page: Page, code: string) =>
  page.evaluate(
    (code) =>
      new Promise<{ rgb: number[]; red: boolean } | null>((resolve) => {
        const m = window.__gccMap!;
        const grid = m.queryRenderedFeatures({ layers: ['grid-hit'] }).find((f) => String(f.properties.code) === code);
        if (!grid) return resolve(null);
        const ring = (grid.geometry as Polygon).coordinates[0]!;
        const xs = ring.map((p) => p[0]!);
        const ys = ring.map((p) => p[1]!);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const at = m.project([x0 + (x1 - x0) * 0.2, y0 + (y1 - y0) * 0.2]);
        m.once('render', () => {
          const canvas = m.getCanvas();
          const scale = canvas.width / canvas.clientWidth;
          const probe = document.createElement('canvas').getContext('2d')!;
          probe.drawImage(canvas, -Math.round(at.x * scale), -Math.round(at.y * scale));
          const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
          resolve({ rgb: [r!, g!, b!], red: r! > g! + 50 && r! > b! + 50 });
        });
        m.triggerRepaint();
      }),
    code,
  );

test('the live grid map: status colors, drill-down, grid card and live cases, all offline', async ({ page }) => {
  // The longest walk of the suite (about 40 s alone): room for a busy machine.
  test.setTimeout(120_000);
  const { server, host, close } = await startWorkstationStack();
  try {
    const external = await forbidExternalRequests(page);
    const peer = await connectClient(server.url, 'intake');
    await page.goto(host.url);
    const mapEl = page.getByTestId('case-map');
    await expect(mapEl).toHaveAttribute('data-ready', 'true');
    // Reference data arrives a moment after login ('reference.changed').
    await expect(mapEl).toHaveAttribute('data-grid-count', /^[1-9]\d*$/, { timeout: 15_000 });

    // The opening view of the city draws communities (tiles cut by the core, over the contract); grids come in from z12.
    await mapIdle(page);
    await expect.poll(() => page.evaluate(() => window.__gccMap!.queryRenderedFeatures({ layers: ['community-fill'] }).length)).toBeGreaterThan(0);
    // The data's attribution is on screen, not behind a button.
    const attribution = mapEl.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toBeVisible();
    await expect(attribution).toContainText('Natural Earth', { useInnerText: true });
    await expect(attribution).toContainText('国家统计局', { useInnerText: true });
    // The twins that compiled the overlay programs ahead of the data (program-warm-up.ts) are gone.
    // (They go at the map's first 'idle', which maplibre holds back until the labels have faded in.)
    await expect.poll(() => page.evaluate(() => window.__gccMap!.getStyle().layers.filter((l) => l.id.startsWith('program-warm-up')).length)).toBe(0);

    // Two sample cases lie close enough to share a cluster at the city view (clustered off the map, in
    // the cluster worker): a click opens it up, zooming in to where it falls apart.
    // The cases come after the grids (the first pull, then the cluster worker, which maplibre's idle knows nothing of).
    const readCluster = () => page.evaluate(() => {
      const m = window.__gccMap!;
      const f = m.queryRenderedFeatures({ layers: ['case-clusters'] })[0];
      return f ? { at: m.project((f.geometry as Point).coordinates as [number, number]), zoom: m.getZoom(), count: Number(f.properties.point_count) } : null;
    });
    await expect.poll(async () => (await readCluster())?.count ?? 0).toBeGreaterThanOrEqual(2);
    await mapIdle(page);
    const cluster = (await readCluster())!;
    expect(cluster.count).toBeGreaterThanOrEqual(2);
    const opening = (await mapEl.boundingBox())!;
    await page.mouse.click(opening.x + cluster.at.x, opening.y + cluster.at.y);
    await expect.poll(() => page.evaluate(() => window.__gccMap!.getZoom())).toBeGreaterThan(cluster.zoom + 0.5);
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    // To the worker's answer (a whole zoom, plus 0.2), not the fallback for no answer (two levels in: 12.3 from 10.3).
    const opened = await page.evaluate(() => window.__gccMap!.getZoom());
    expect(Math.abs(opened - 0.2 - Math.round(opened - 0.2))).toBeLessThan(0.01);

    // A seeded case's grid is colored by feature-state, keyed by the grid code.
    const pulled = await peer.pull(0);
    if (!pulled.ok) throw new Error(pulled.error);
    const seededGrid = pulled.changes.map((c) => c.data.gridCode).find((g): g is string => typeof g === 'string')!;
    expect(seededGrid).toMatch(/^\d{15}$/);
    await expect.poll(() => gridLevel(page, seededGrid)).toBe('open');

    // Drill down through the tree: 向阳区, then its first street; the breadcrumb follows and the map flies there.
    await page.getByTestId('map-tree-toggle').click();
    const tree = page.getByTestId('map-tree');
    await tree.locator('.map-tree-name', { hasText: /^向阳区$/ }).click();
    await expect(mapEl).toHaveAttribute('data-focus', '230803000000');
    // The tree closes on a pick (it covered where the map flew), and opens again at the focus.
    await expect(tree).toBeHidden();
    await page.getByTestId('map-tree-toggle').click();
    const street = tree.locator('.map-tree-name', { hasText: /街道$/ }).first();
    const streetName = (await street.textContent())!;
    await street.click();
    await expect(page.getByTestId('map-crumb').last()).toHaveText(streetName);
    await expect(page.getByTestId('map-crumb')).toHaveText(['佳木斯市', '向阳区', streetName]);
    const streetCode = (await mapEl.getAttribute('data-focus'))!;
    expect(streetCode).toMatch(/^230803\d{3}000$/);
    await mapIdle(page);
    const view = await page.evaluate((prefix) => {
      const m = window.__gccMap!;
      const inView = m.queryRenderedFeatures({ layers: ['grid-hit'] }).map((f) => String(f.properties.code));
      return { zoom: m.getZoom(), inStreet: inView.filter((c) => c.startsWith(prefix)).length, total: inView.length };
    }, streetCode.slice(0, 9));
    expect(view.zoom).toBeGreaterThan(12);
    expect(view.inStreet).toBeGreaterThan(view.total / 2);
    await page.keyboard.press('Escape');

    // The sample's overdue case (dispatched weeks ago, never signed) turns its grid red: on the map,
    // drawn in red, and as a red light on the grid card.
    const overdueGrid = pulled.changes.find((c) => c.data.title === '光复路公交站亭破损')?.data.gridCode;
    expect(overdueGrid).toMatch(/^\d{15}$/);
    await expect.poll(() => gridLevel(page, overdueGrid!)).toBe('overdue');
    await page.getByTestId('map-search').locator('input').fill(overdueGrid!);
    await page.getByTestId('map-search-hit').first().click();
    await expect(page.getByTestId('grid-card')).toHaveAttribute('data-grid-code', overdueGrid!);
    await expect(page.getByTestId('map-card-case')).toHaveCount(1);
    await expect(page.getByTestId('map-card-case').locator('.map-light')).toHaveAttribute('data-light', 'red');
    await mapIdle(page);
    await expect.poll(() => gridPixel(page, overdueGrid!), { timeout: 10_000 }).toMatchObject({ red: true });
    // Escape closes the card, and the breadcrumb steps back to the grid's community.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('grid-card')).toHaveCount(0);
    await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', `${overdueGrid!.slice(0, 12)}`);
    // Zoomed out by hand until the community is a speck, the breadcrumb steps up to what the view shows.
    for (let i = 0; i < 4; i++) {
      await mapEl.locator('.maplibregl-ctrl-zoom-out').click();
      await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    }
    const above = [`${overdueGrid!.slice(0, 9)}000`, `${overdueGrid!.slice(0, 6)}000000`, '230800000000'];
    await expect.poll(async () => above.includes((await page.getByTestId('map-crumb').last().getAttribute('data-code'))!)).toBe(true);

    // A name many places share: the district first (not the villages of the same name), and a word on how many more there are.
    await page.getByTestId('map-search').locator('input').fill('东风');
    await expect(page.getByTestId('map-search-hit').first()).toContainText('东风区');
    await expect(page.getByTestId('map-search-more')).toContainText(/前 12 个，共 \d+ 个/);
    await page.getByTestId('map-search').locator('input').fill('');

    // Search a grid by its code (Enter takes the first hit): the card opens with its 网格长, its open case, and the breadcrumb reaches the grid.
    await page.getByTestId('map-search').locator('input').fill(seededGrid);
    await expect(page.getByTestId('map-search-hit').first()).toBeVisible();
    await page.keyboard.press('Enter');
    const card = page.getByTestId('grid-card');
    await expect(card).toHaveAttribute('data-grid-code', seededGrid);
    await expect(card.locator('[data-testid=map-worker][data-role=leader]')).toContainText('网格长');
    // The card's grid is outlined on the map, and only it.
    await expect.poll(() => page.evaluate(() => window.__gccMap!.queryRenderedFeatures({ layers: ['grid-focus'] }).map((f) => String(f.properties.code))).then((codes) => [...new Set(codes)])).toEqual([seededGrid]);
    await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', seededGrid);
    const cardCaseId = (await card.getByTestId('map-card-case').first().getAttribute('data-case-id'))!;
    // Clicked by its id: the card's list may be re-sorted by a refresh between reading it and the click.
    const cardCase = card.locator(`[data-testid=map-card-case][data-case-id="${cardCaseId}"]`);
    // Each camera move is counted from here: one pick, one flight (a second one would restart the first).
    await page.evaluate(() => {
      const m = window.__gccMap!;
      const w = window as unknown as { __flights: number };
      w.__flights = 0;
      const flyTo = m.flyTo.bind(m);
      m.flyTo = (...args) => (w.__flights++, flyTo(...args));
    });
    const flights = () => page.evaluate(() => (window as unknown as { __flights: number }).__flights);
    await cardCase.click();
    // Shared selection: the list follows a pick on the card.
    await expect(page.locator(`.case-item.selected[data-case-id="${cardCaseId}"]`)).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    expect(await flights()).toBe(1);

    // A case the list does not hold (another queue shown), picked by its code in the map's search: the
    // map marks it all the same, ring and point, from its own source.
    const cardCaseCode = pulled.changes.find((c) => c.data.id === cardCaseId)!.data.code!;
    await page.getByTestId('queue-rate').click();
    await expect(page.locator(`.case-item[data-case-id="${cardCaseId}"]`)).toHaveCount(0);
    await page.getByTestId('grid-card-close').click();
    // From the city view: the breadcrumb follows the pick to the case's community too.
    await page.getByTestId('map-crumb').first().click();
    await expect(page.getByTestId('map-crumb')).toHaveCount(1);
    await page.getByTestId('map-search').locator('input').fill(cardCaseCode);
    await page.getByTestId('map-search-hit').first().click();
    await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', seededGrid.slice(0, 12));
    const selectedOnMap = () => page.evaluate(async () => ((await window.__gccMap!.getSource<GeoJSONSource>('case-selected')!.getData()) as FeatureCollection).features.map((f) => f.properties?.id));
    await expect.poll(selectedOnMap).toEqual([cardCaseId]);
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    await mapIdle(page);
    await expect.poll(() => page.evaluate((id) => window.__gccMap!.queryRenderedFeatures({ layers: ['case-selected-point', 'case-selected'] }).map((f) => f.properties.id === id), cardCaseId)).toEqual([true, true]);
    // Picked on the map again, the case already selected is flown to all the same.
    expect(await flights()).toBe(2);
    await page.getByTestId('queue-all').click();
    // A pick in the list, outside the map, flies the map there too, and the breadcrumb follows to the case's community.
    const listPickId = (await page.locator('.case-item:not(.selected)').first().getAttribute('data-case-id'))!;
    // Clicked by its id: a refresh may re-sort the list between reading it and the click.
    await page.locator(`.case-item[data-case-id="${listPickId}"]`).click();
    await expect.poll(flights).toBe(3);
    const listPickGrid = pulled.changes.find((c) => c.data.id === listPickId)?.data.gridCode ?? '';
    expect(listPickGrid).toMatch(/^\d{15}$/);
    await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', listPickGrid.slice(0, 12));
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    await page.getByTestId('map-search').locator('input').fill(seededGrid);
    await page.getByTestId('map-search-hit').first().click();
    await expect(card).toHaveAttribute('data-grid-code', seededGrid);
    // With the card open, a case in another grid picked in the list: the card follows to that grid,
    // and the case lands beside the card, not under it, in the map a 1,366 px window leaves (≈ 520 px).
    const wideSize = page.viewportSize()!;
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.evaluate(() => window.__gccMap!.getCanvas().clientWidth)).toBeLessThan(576);
    const selectedNow = await page.locator('.case-item.selected').getAttribute('data-case-id');
    const elsewhere = pulled.changes.find((c) => c.data.gridCode !== seededGrid && c.data.gridCode !== overdueGrid && c.data.id !== selectedNow)!.data;
    await page.locator(`.case-item[data-case-id="${elsewhere.id}"]`).click();
    await expect(card).toHaveAttribute('data-grid-code', elsewhere.gridCode!);
    await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', elsewhere.gridCode!);
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    const besideCard = await page.evaluate((point) => {
      const m = window.__gccMap!;
      const x = m.getCanvas().getBoundingClientRect().left + m.project(point).x;
      return { x, cardLeft: document.querySelector('[data-testid=grid-card]')!.getBoundingClientRect().left };
    }, elsewhere.point);
    expect(besideCard.x).toBeLessThan(besideCard.cardLeft);
    expect(besideCard.x).toBeGreaterThan(0);
    // On so narrow a pane the card can fold to its head, and unfold again.
    const cardHeight = async () => (await card.boundingBox())!.height;
    const unfolded = await cardHeight();
    await card.getByTestId('grid-card-fold').click();
    await expect(card).toHaveAttribute('data-folded', 'true');
    await expect(card.getByTestId('map-worker')).toHaveCount(0);
    expect(await cardHeight()).toBeLessThan(Math.min(80, unfolded / 2));
    await card.getByTestId('grid-card-fold').click();
    await expect(card.getByTestId('map-worker').first()).toBeVisible();
    await page.setViewportSize(wideSize);
    await page.getByTestId('map-search').locator('input').fill(seededGrid);
    await page.getByTestId('map-search-hit').first().click();
    await expect(card).toHaveAttribute('data-grid-code', seededGrid);

    // From here on neither map source may be replaced wholesale.
    await page.evaluate(() => {
      const m = window.__gccMap!;
      const w = window as unknown as { __reloads: string[] };
      w.__reloads = [];
      // The grids are tiles: replacing them would be a new tile URL.
      for (const [id, method] of [['grids', 'setTiles'], ['communities', 'setTiles'], ['cases', 'setData']] as const) {
        const source = m.getSource(id) as unknown as Record<string, (d: unknown) => unknown>;
        const original = source[method]!.bind(source);
        source[method] = (d: unknown) => (w.__reloads.push(id), original(d));
      }
    });

    // A case created on the server shows on the map and colors its grid, without a reload.
    // In a grid in view that holds no case, so its color can only come from the new one.
    await mapIdle(page);
    const target = await page.evaluate((seeded) => {
      const m = window.__gccMap!;
      const center = m.getCenter();
      const quiet = m.queryRenderedFeatures({ layers: ['grid-hit'] })
        .filter((f) => f.properties.code !== seeded && !m.getFeatureState({ source: 'grids', sourceLayer: 'grids', id: f.properties.code }).level)
        .map((f) => {
          const ring = (f.geometry as Polygon).coordinates[0]!;
          const xs = ring.map((p) => p[0]!);
          const ys = ring.map((p) => p[1]!);
          const point: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
          return { code: String(f.properties.code), point, off: Math.hypot(point[0] - center.lng, point[1] - center.lat) };
        })
        .sort((a, b) => a.off - b.off);
      return quiet[0]!;
    }, seededGrid);
    const { caseId } = await peer.report({ title: '地图实时：井盖破损', categoryKind: '部件', categoryCode: '0101', priority: 'critical', point: target.point, address: '向阳区' });
    await expect.poll(() => page.evaluate(async (id) => {
      const data = (await window.__gccMap!.getSource<GeoJSONSource>('cases')!.getData()) as FeatureCollection;
      return data.features.some((f) => f.properties?.id === id);
    }, caseId), { timeout: 10_000 }).toBe(true);
    await mapIdle(page);
    await expect.poll(() => page.evaluate((id) => window.__gccMap!.queryRenderedFeatures({ layers: ['case-points'] }).some((f) => f.properties.id === id), caseId)).toBe(true);
    await expect.poll(() => gridLevel(page, target.code)).toBe('open');
    expect(await page.evaluate(() => (window as unknown as { __reloads: string[] }).__reloads)).toEqual([]);

    // Shared selection the other way: a click on the case's point on the map selects it in the list.
    await page.getByTestId('grid-card-close').click();
    // A short window, so the list of six cases scrolls.
    const fullSize = page.viewportSize()!;
    await page.setViewportSize({ width: fullSize.width, height: 480 });
    // The case's point in the middle of the shorter map (it may have been near the top or bottom edge).
    await page.evaluate((p) => window.__gccMap!.jumpTo({ center: p }), target.point);
    await mapIdle(page);
    await expect(page.locator(`.case-item.selected[data-case-id="${caseId}"]`)).toHaveCount(0);
    // The newest case heads the list: scroll the list away from it, and show the seat board in the middle.
    const list = page.getByTestId('case-list');
    const scrolled = await list.evaluate((el) => ((el.scrollTop = el.scrollHeight), { overflows: el.scrollHeight > el.clientHeight + 100, top: el.scrollTop }));
    expect(scrolled.overflows).toBe(true);
    await expect(page.locator(`.case-item[data-case-id="${caseId}"]`)).not.toBeInViewport();
    await page.getByTestId('middle-switch').getByText('席位看板').click();
    // Where the click lands, read once the case's point is drawn there, on top, as the map's click handler reads it.
    await mapIdle(page);
    const drawnAt = () => page.evaluate((p) => {
      const m = window.__gccMap!;
      const at = m.project(p);
      const hit = m.queryRenderedFeatures([[at.x - 4, at.y - 4], [at.x + 4, at.y + 4]], { layers: ['case-selected-point', 'case-points', 'case-clusters'] })[0];
      return { x: at.x, y: at.y, id: hit?.properties.id as string | undefined };
    }, target.point);
    await expect.poll(async () => (await drawnAt())?.id).toBe(caseId);
    const at = (await drawnAt())!;
    const mapBox = (await mapEl.boundingBox())!;
    await page.mouse.click(mapBox.x + at.x, mapBox.y + at.y);
    await expect(page.locator(`.case-item.selected[data-case-id="${caseId}"]`)).toBeVisible();
    // The list brings it into view, and the middle shows its detail.
    await expect(page.locator(`.case-item.selected[data-case-id="${caseId}"]`)).toBeInViewport();
    await expect(page.getByTestId('detail-state')).toBeVisible();
    await page.setViewportSize(fullSize);

    // Layer switches: the heat map comes on over the same cases, the case points go off.
    const visibility = (id: string) => page.evaluate((layer) => window.__gccMap!.getLayoutProperty(layer, 'visibility') ?? 'visible', id);
    expect(await visibility('case-heat')).toBe('none');
    // The button's tooltip names it, and gives way to the popover it opens (it sat over the popover's title).
    await page.getByTestId('map-layers-button').hover();
    await expect(page.locator('.ant-tooltip:visible')).toHaveText('图层');
    await page.getByTestId('map-layers-button').click();
    await expect(page.locator('.ant-popover:visible')).toContainText('图层');
    await expect(page.locator('.ant-tooltip:visible')).toHaveCount(0);
    await page.getByTestId('map-layer-heat').click();
    await expect.poll(() => visibility('case-heat')).toBe('visible');
    await expect.poll(() => page.evaluate(async (id) => ((await window.__gccMap!.getSource<GeoJSONSource>('cases-heat')!.getData()) as FeatureCollection).features.some((f) => f.properties?.id === id), caseId)).toBe(true);
    // The key on the map names the points' colors while they show: a red 特急 cluster is not a red 已超期 grid.
    await expect(page.getByTestId('map-legend-cases')).toContainText('特急');
    await expect(page.getByTestId('map-legend-grids')).toContainText('已超期');
    await page.getByTestId('map-layer-cases').click();
    await expect.poll(() => visibility('case-points')).toBe('none');
    await expect(page.getByTestId('map-legend-cases')).toHaveCount(0);
    expect(await visibility('case-clusters')).toBe('none');

    // Another language keeps the map as it is (the same map, where it was, its layers as switched)
    // and puts the attribution in that language.
    const zoom = await page.evaluate(() => {
      (window.__gccMap as unknown as { kept?: boolean }).kept = true;
      return window.__gccMap!.getZoom();
    });
    await expect(mapEl.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', '放大');
    await page.getByTestId('language-switch').click();
    await expect(mapEl.locator('.maplibregl-ctrl-attrib')).toContainText('Codes: NBS 2023', { useInnerText: true });
    await expect(mapEl.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', 'Zoom in');
    // The districts are named in English on the map too (向阳区 as Xiangyang District).
    expect(JSON.stringify(await page.evaluate(() => window.__gccMap!.getLayoutProperty('district-labels', 'text-field')))).toContain('name_en');
    // And the breadcrumb's places, in pinyin with what they are.
    await expect(page.getByTestId('map-crumb').first()).toHaveText('Jiamusi City');
    await expect(mapEl.locator('.maplibregl-ctrl-attrib')).not.toContainText('国家统计局', { useInnerText: true });
    await expect(page).toHaveTitle('Jiamusi Grid Command Center');
    // The way back is named as a word (antd would set it 中 文).
    await expect(page.getByTestId('language-switch')).toHaveText('中文');
    expect(await page.evaluate(() => [(window.__gccMap as unknown as { kept?: boolean }).kept, window.__gccMap!.getZoom()])).toEqual([true, zoom]);
    expect(await visibility('case-points')).toBe('none');
    await page.getByTestId('language-switch').click();
    await expect(mapEl.locator('.maplibregl-ctrl-attrib')).toContainText('国家统计局', { useInnerText: true });
    expect(JSON.stringify(await page.evaluate(() => window.__gccMap!.getLayoutProperty('district-labels', 'text-field')))).not.toContain('name_en');
    await expect(page.getByTestId('map-crumb').first()).toHaveText('佳木斯市');

    // A case in a large rural grid, picked in the list: the camera comes in only as far as shows the whole
    // grid with its neighbours (at z14 the grid filled the pane), in the map a 1,366 px window leaves.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('map-search').locator('input').fill('永和村');
    await page.getByTestId('map-search-hit').filter({ hasText: '永和村' }).first().click();
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    await mapIdle(page);
    const rural = await page.evaluate(() => {
      const m = window.__gccMap!;
      const boxes = m.queryRenderedFeatures({ layers: ['grid-hit'] }).map((f) => {
        const ring = (f.geometry as Polygon).coordinates[0]!;
        const xs = ring.map((p) => p[0]!);
        const ys = ring.map((p) => p[1]!);
        return { code: String(f.properties.code), box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
      });
      return boxes.sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]))[0]!;
    });
    const ruralPoint: [number, number] = [(rural.box[0] + rural.box[2]) / 2, (rural.box[1] + rural.box[3]) / 2];
    await page.mouse.move(5, 5);
    const { caseId: ruralCase } = await peer.report({ title: '地图选中：农村网格内的问题', categoryKind: '部件', categoryCode: '0101', priority: 'normal', point: ruralPoint, address: '永和村' });
    await page.evaluate(() => window.__gccMap!.jumpTo({ zoom: 10.3 }));
    await page.locator(`.case-item[data-case-id="${ruralCase}"]`).click();
    await expect.poll(() => page.evaluate(() => window.__gccMap!.isMoving())).toBe(false);
    const ruralView = await page.evaluate((box) => {
      const m = window.__gccMap!;
      const [a, b] = [m.project([box[0], box[1]]), m.project([box[2], box[3]])];
      const { clientWidth: w, clientHeight: h } = m.getCanvas();
      // How wide the grid would be at z14, the zoom a case in a small grid is shown at.
      const atZ14 = Math.abs(b.x - a.x) * 2 ** (14 - m.getZoom());
      return { zoom: m.getZoom(), inView: Math.min(a.x, b.x) >= 0 && Math.max(a.x, b.x) <= w && Math.min(a.y, b.y) >= 0 && Math.max(a.y, b.y) <= h, atZ14, w };
    }, rural.box);
    expect(ruralView.atZ14).toBeGreaterThan(ruralView.w / 2);
    expect(ruralView.zoom).toBeLessThan(14);
    expect(ruralView.zoom).toBeGreaterThan(10.3);
    expect(ruralView.inView).toBe(true);
    await page.setViewportSize(fullSize);

    peer.close();
    expect(external).toEqual([]);
  } finally {
    await close();
  }
});

test('imports a zipped Shapefile through the dialog, and says why a broken one cannot be read', async ({ page }) => {
  const { server, host, close } = await startWorkstationStack();
  try {
    const { token } = (await login(server.url, 'dispatcher')) as { token: string };
    const reference = async () => ((await (await fetch(`${server.url}/api/reference`, { headers: { authorization: `Bearer ${token}` } })).json()) as { reference: { grids: Grid[] } }).reference.grids;
    const grids = await reference();
    const [x, y] = grids[0]!.ring[0]!;
    const code = (n: number) => `${grids[0]!.communityCode}${String(700 + n)}`;
    const square = (dx: number): [number, number][] => [[x + dx, y + 0.4], [x + dx + 0.002, y + 0.4], [x + dx + 0.002, y + 0.402], [x + dx, y + 0.402], [x + dx, y + 0.4]];
    const zip = await zipShapefile([{ ring: square(0), props: { 网格编码: code(1), 网格名称: '导入一网格' } }, { ring: square(0.002), props: { 网格编码: code(2), 网格名称: '导入二网格' } }], {
      fields: [{ name: '网格编码', type: 'C', length: 15 }, { name: '网格名称', type: 'C', length: 30 }], encoding: 'gbk', cpg: 'GBK', prj: CGCS2000_PRJ,
    });

    await page.goto(host.url);
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-grid-count', /^[1-9]\d*$/, { timeout: 15_000 });
    await page.getByTestId('map-import-button').click();
    const dialog = page.getByTestId('grid-import');

    await page.getByTestId('grid-import-file').setInputFiles({ name: '网格.zip', mimeType: 'application/zip', buffer: Buffer.from(zip.subarray(0, 200)) });
    await expect(page.getByTestId('grid-import-unreadable')).toContainText('Shapefile 压缩包无法读取');
    await expect(page.getByTestId('grid-import-submit')).toBeDisabled();

    await page.getByTestId('grid-import-file').setInputFiles({ name: '网格.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect(page.getByTestId('grid-import-summary')).toBeVisible();
    await expect(page.getByTestId('grid-import-unreadable')).toHaveCount(0);
    // The community's grid workers serve grids that give way: the check says so before anything is sent.
    await expect(dialog).toContainText(/该社区有 \d+ 名网格员编在将被取代的网格上/);
    // This file's grids lie north of the city, outside the county their codes name: a warning, checked against the map's own boundaries.
    await expect(dialog.getByText('网格不在本市任何区县境内，与编码所属区县不符')).toHaveCount(2);
    await dialog.screenshot({ path: 'test-results/grid-import-dialog.png' });
    await page.getByTestId('grid-import-submit').click();
    await expect(page.getByTestId('grid-import-result')).toHaveAttribute('data-imported', 'true');
    // The center's own check now stands in the table, with the same warnings.
    await expect(page.getByTestId('grid-import-issues')).toHaveAttribute('data-source', 'center');
    await expect(page.getByTestId('grid-import-summary')).toHaveCount(0);
    await expect(dialog).toContainText(/该社区有 \d+ 名网格员编在将被取代的网格上/);
    expect((await reference()).filter((g) => g.code === code(1) || g.code === code(2)).map((g) => g.name).sort()).toEqual(['导入一网格', '导入二网格']);
    // The dialog's default divides the file's community anew: its stored grids gave way to the file's two.
    const community = grids[0]!.communityCode;
    const replaced = grids.filter((g) => g.communityCode === community).length;
    await expect(page.getByTestId('grid-import-result')).toContainText(`替换原有 ${replaced} 个`);
    expect((await reference()).filter((g) => g.communityCode === community).map((g) => g.code).sort()).toEqual([code(1), code(2)]);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'test-results/map-after-import.png' });
  } finally {
    await close();
  }
});
