// The dispatch workstation's tools: the seat board, drag-to-dispatch, the
// command palette and shortcuts, list export, and accessibility of the main views.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';
import { connectClient } from '../support/server-client.ts';

test.describe.configure({ mode: 'serial' });

let server: Proc;
let host: Proc;
let page: Page;
const dir = tempDir();

test.beforeAll(async ({ browser }) => {
  server = await startServerProcess(`${dir.path}/server`);
  host = await startBrowserHost(`${dir.path}/host`, server.url, 'dispatcher');
  page = await (await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
  await page.goto(host.url);
  await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 30_000 }); // a cold host on a busy machine
});
test.afterAll(async () => {
  await host?.stop();
  await server?.stop();
  dir.remove();
});

async function seriousViolations(p: Page) {
  const result = await new AxeBuilder({ page: p }).exclude('.maplibregl-canvas').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the main views have no serious or critical accessibility violations', async () => {
  await page.getByTestId('case-item').first().click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('middle-switch').getByText('席位看板').click();
  await expect(page.getByTestId('seat-board')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('report-button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // Files are added by the dialog's own button; the browser's file input (its English "Choose Files") is not shown.
  await expect(page.getByTestId('attach-input')).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
  // In a 1,366 × 768 window the form scrolls inside the dialog, and its buttons stay in sight.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1366, height: 768 });
  try {
    await expect(page.getByRole('dialog').locator('.ant-modal-footer .ant-btn-primary')).toBeInViewport({ ratio: 1 });
  } finally {
    await page.setViewportSize(size);
  }
  await page.keyboard.press('Escape');
});

test('a filed case dragged onto a seat is dispatched there', async () => {
  await page.getByTestId('middle-switch').getByText('案件详情').click();
  await page.getByTestId('queue-intake').click();
  await page.getByTestId('case-item').filter({ hasText: '中山路占道经营' }).click();
  await page.getByTestId('act-accept').click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByTestId('detail-state')).toHaveText('已立案');
  await page.getByTestId('middle-switch').getByText('席位看板').click();
  const seat = page.locator('[data-testid="seat-card"][data-seat-id="seat-230800-chengguan"]');
  await page.getByTestId('queue-dispatch').click();
  await page.getByTestId('case-item').filter({ hasText: '中山路占道经营' }).dragTo(seat);
  await expect(seat).toContainText(/在办\s*1/);
  await expect(page.getByTestId('queue-sign')).toContainText('2');
});

test('a double click on a dialog\'s OK acts once', async () => {
  await page.getByTestId('middle-switch').getByText('案件详情').click();
  await page.getByTestId('queue-all').click();
  await page.getByTestId('case-item').filter({ hasText: '中山路占道经营' }).click();
  await expect(page.getByTestId('case-detail')).toContainText('督办 0 次');
  const row = page.getByTestId('case-item').filter({ hasText: '中山路占道经营' });
  await expect(row.getByTestId('case-supervised')).toHaveCount(0);
  await page.getByTestId('act-supervise').click();
  await page.getByTestId('action-note').fill('请今日内处置');
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).dblclick();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('case-detail')).toContainText('督办 1 次');
  // Marked where a dispatcher scans for it: the row and the detail's head.
  await expect(row.getByTestId('case-supervised')).toHaveText('督办');
  await expect(page.getByTestId('detail-supervised')).toHaveText('督办 × 1');
  // Given time for a second action to land, there is still one.
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('case-detail')).toContainText('督办 1 次');
});

test('the command palette and shortcuts reach queues, screens and cases', async () => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('待签收');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-sign')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('长安路');
  await expect(page.getByTestId('palette-item').filter({ hasText: '长安路井盖缺失' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.getByTestId('palette-item').filter({ hasText: '长安路井盖缺失' }).click();
  await expect(page.getByTestId('case-detail')).toContainText('长安路井盖缺失');
  await page.keyboard.press('/');
  await expect(page.getByPlaceholder('搜索标题、描述、地址或案件编号')).toBeFocused();
});

test('the listed cases export to csv and xlsx with the filters respected', async () => {
  await page.getByTestId('queue-all').click();
  await expect(page.getByTestId('case-item')).toHaveCount(5);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFF"案件编号"')).toBe(true);
  expect(text.trim().split('\r\n')).toHaveLength(6);
  expect(text).toContain('长安路井盖缺失');
  await page.getByTestId('queue-sign').click();
  await expect(page.getByTestId('case-item')).toHaveCount(2);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^问题件-待签收-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString()).toBe('PK'); // a zip container, as xlsx is
});

test('filters and deep links narrow the list, and the export follows them', async () => {
  await page.evaluate(() => void (location.hash = '#/dispatch?queue=all&platform=urban'));
  await expect(page.getByTestId('queue-all')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('filter-tag-platform')).toBeVisible();
  await expect(page.getByTestId('case-item')).toHaveCount(4);
  // The chips count under the platform too: 全部 says what the list shows.
  await expect(page.getByTestId('queue-all')).toHaveAttribute('data-count', '4');
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-priority').click();
  await page.locator('.ant-select-item-option', { hasText: /^紧急$/ }).click();
  await expect(page.getByTestId('case-item')).toHaveCount(1);
  await expect(page.getByTestId('case-item')).toContainText('长安路井盖缺失');
  // Escape closes the panel and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('filter-panel')).toBeHidden();
  await expect(page.getByTestId('filter-button')).toBeFocused();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/^问题件-全部-已筛选-/);
  const lines = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('长安路井盖缺失');
  await page.getByTestId('filter-tag-priority').locator('.ant-tag-close-icon').click();
  await expect(page.getByTestId('case-item')).toHaveCount(4);
  await page.evaluate(() => void (location.hash = '#/dispatch?q=占道'));
  await expect(page.getByPlaceholder('搜索标题、描述、地址或案件编号')).toHaveValue('占道');
  await expect(page.getByTestId('case-item')).toHaveCount(1);
  await expect(page.getByTestId('filter-tag-platform')).toHaveCount(0);
  // Without the platform the chips count the whole city again (more than the four of 智慧城管).
  await expect(page.getByTestId('queue-all')).toHaveAttribute('data-count', /^([5-9]|\d\d+)$/);
  await page.evaluate(() => void (location.hash = '#/dispatch'));
});

test('the 交办单 prints to PDF with the selected case on it', async () => {
  await page.getByTestId('case-item').filter({ hasText: '长安路井盖缺失' }).click();
  await page.emulateMedia({ media: 'print' });
  try {
    await expect(page.locator('.case-sheet')).toBeVisible();
    await expect(page.locator('.case-sheet')).toContainText('问题件交办单');
    await expect(page.locator('.case-sheet')).toContainText('长安路井盖缺失');
    // Its place down to the community, as the detail says it.
    const place = await page.getByTestId('detail-place').innerText();
    expect(place.split(' · ')).toHaveLength(4);
    // The community by its name, not its code (the fallback where the directory lacks it).
    expect(place.split(' · ')[2]).not.toMatch(/^\d+$/);
    await expect(page.locator('.case-sheet')).toContainText(place);
    await expect(page.locator('#root')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the list holds still under the pointer: a new case waits in a bar until asked for', async () => {
  await page.getByTestId('queue-all').click();
  const first = page.getByTestId('case-item').first();
  const firstId = await first.getAttribute('data-case-id');
  await first.hover();
  const peer = await connectClient(server.url, 'intake');
  try {
    await peer.report({ title: '指针下的新问题件', categoryKind: '部件', categoryCode: '0101', priority: 'normal', point: [130.36, 46.8], address: '向阳区' });
    // The core has it (the queue's chip counts it) but the rows under the pointer did not move.
    await expect(page.getByTestId('case-list-held')).toContainText('新到 1 件');
    await expect(page.getByTestId('case-item').first()).toHaveAttribute('data-case-id', firstId!);
    await page.getByTestId('case-list-held').click();
    await expect(page.getByTestId('case-item').first()).toContainText('指针下的新问题件');
    await expect(page.getByTestId('case-list-held')).toHaveCount(0);
    // Away from the list, new cases come in at once.
    await page.mouse.move(5, 5);
    await peer.report({ title: '指针外的新问题件', categoryKind: '部件', categoryCode: '0101', priority: 'normal', point: [130.36, 46.8], address: '向阳区' });
    await expect(page.getByTestId('case-item').first()).toContainText('指针外的新问题件');
  } finally {
    peer.close();
  }
});

test('narrower windows: the case\'s fields go one to a row, then the map becomes the middle\'s third view', async () => {
  const size = page.viewportSize()!;
  const mapEl = page.getByTestId('case-map');
  const onScreen = () => page.evaluate(() => [...document.querySelectorAll('#root *')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 0.5 && getComputedStyle(e).visibility !== 'hidden'; }).length);
  await page.getByTestId('case-item').filter({ hasText: '长安路井盖缺失' }).click();
  try {
    await page.setViewportSize({ width: 1920, height: 1000 });
    await expect(page.getByTestId('case-detail').locator('.detail-fields')).toHaveAttribute('data-columns', '2');
    await expect(mapEl).toBeVisible();
    // In the middle of three columns at 1,366 px the fields go one to a row (codes and times broke mid-word).
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(page.getByTestId('case-detail').locator('.detail-fields')).toHaveAttribute('data-columns', '1');
    await expect(mapEl).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 700 });
    // Three columns needed 1,220 px: the map and its tools were cut off at the right.
    await expect(mapEl).toBeHidden();
    expect(await onScreen()).toBe(0);
    await page.getByTestId('middle-switch').getByText('地图').click();
    await expect(mapEl).toBeVisible();
    await expect(page.getByTestId('case-detail')).toHaveCount(0);
    await expect(page.getByTestId('map-layers-button')).toBeInViewport({ ratio: 1 });
    expect(await onScreen()).toBe(0);
    // A pick in the list opens its case in the middle.
    const other = page.getByTestId('case-item').filter({ hasNotText: '长安路井盖缺失' }).first();
    await other.click();
    await expect(other).toHaveClass(/selected/);
    await expect(page.getByTestId('case-detail')).toBeVisible();
    await expect(mapEl).toBeHidden();
  } finally {
    await page.setViewportSize(size);
  }
  // Back at a wide window the map is beside the case again, whatever the middle showed.
  await expect(mapEl).toBeVisible();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expect(page.getByTestId('middle-switch').getByText('地图')).toHaveCount(0);
});

test('English is one click away, antd follows, and the choice is remembered', async ({ browser }) => {
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('app-nav')).toContainText('Dispatch');
  await expect(page.getByTestId('queue-intake')).toContainText('To accept');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // The longer English header still fits a window at a desk: nothing past its right edge, the link state shown whole.
  const size = page.viewportSize()!;
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 700 });
    expect(await page.evaluate(() => [...document.querySelectorAll('.app-header *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5).length)).toBe(0);
    await expect(page.getByTestId('link-state').locator('.link-tag')).toBeInViewport({ ratio: 1 });
  }
  await page.setViewportSize(size);
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-grid').click();
  await page.keyboard.type('no-such-grid');
  await expect(page.locator('.ant-select-dropdown:visible .ant-empty-description')).toHaveText('No data'); // antd's own en_US text
  await page.keyboard.press('Escape'); // the picker's list
  await page.getByTestId('filter-button').click();
  await expect(page.getByTestId('filter-panel')).toBeHidden();
  await page.getByTestId('case-item').filter({ hasText: '长安路井盖缺失' }).click();
  await expect(page.getByTestId('case-detail')).toContainText(/\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}:\d{2}/); // 27 Nov 2026, 08:03:02 (Sept in September)
  // The catalog's names too (the case's own title is what was reported, and stays).
  await expect(page.getByTestId('case-detail')).toContainText('Component · Public utilities · Water supply manhole cover');
  expect(await seriousViolations(page)).toEqual([]);
  // The workflow's refusal, made in Chinese by the core, reaches the operator in English.
  await page.getByTestId('middle-switch').getByText('Seat board').click();
  await page.getByTestId('queue-intake').click();
  // Seats by their English names, where the city's data has them.
  await expect(page.locator('[data-testid="seat-card"][data-seat-id="seat-230800-chengguan"]')).toContainText('Urban management seat');
  await page.getByTestId('case-item').first().dragTo(page.locator('[data-testid="seat-card"][data-seat-id="seat-230800-chengguan"]'));
  await expect(page.locator('.ant-message-error')).toHaveText('The case is in state "Reported": "Dispatch" is not possible');
  await page.getByTestId('middle-switch').getByText('Case', { exact: true }).click();
  await page.reload();
  await expect(page.getByTestId('queue-intake')).toContainText('To accept');
  // The workstation's core remembers it too: a window with none of this page's storage opens in English.
  const fresh = await (await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' })).newPage();
  await fresh.goto(host.url);
  await expect(fresh.getByTestId('queue-intake')).toContainText('To accept');
  // And a switch in one window is followed in the others.
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('queue-intake')).toContainText('待受理');
  await expect(fresh.getByTestId('queue-intake')).toContainText('待受理');
  await fresh.context().close();
});

test('an action the case has moved past closes its dialog and says why', async () => {
  const peer = await connectClient(server.url, 'intake');
  try {
    const { caseId } = await peer.report({ title: '两人同时受理的问题件', categoryKind: '部件', categoryCode: '0101', priority: 'normal', point: [130.36, 46.8], address: '向阳区' });
    await page.getByTestId('queue-intake').click();
    await page.getByTestId('case-item').filter({ hasText: '两人同时受理的问题件' }).click();
    await page.getByTestId('act-accept').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    // The intake clerk accepts it while the dialog is open.
    expect((await peer.act(caseId, { type: 'accept' })).status).toBe('applied');
    await expect(page.getByTestId('detail-state')).toHaveText('已立案');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.locator('.ant-message')).toContainText('案件当前为「已立案」，不能执行「立案」');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    peer.close();
  }
});

test('a headline figure opens the cases it counts: 受理数, 办结, and the unfinished behind 办结率', async () => {
  await page.evaluate(() => void (location.hash = '#/platforms'));
  const city = page.locator('.pf-city');
  const count = async (id: string) => Number(await city.getByTestId(`figure-${id}`).getAttribute('data-value'));
  await expect(city.getByTestId('figure-kpi-accepted')).toHaveAttribute('data-value', /^[1-9]\d*$/);
  await expect(city.getByTestId('figure-finished')).toHaveAttribute('data-value', /^\d+$/);
  const [accepted, finished] = [await count('kpi-accepted'), await count('finished')];
  const opened = async (id: string, queue: string, total: number) => {
    await city.getByTestId(`figure-${id}`).click();
    await expect(page.getByTestId('list-figure-scope')).toHaveAttribute('data-queue', queue);
    // No work queue's chip claims the list.
    await expect(page.locator('.queue-chip[aria-pressed="true"]')).toHaveCount(0);
    await expect(page.getByTestId('case-count')).toHaveAttribute('data-total', String(total));
    await page.evaluate(() => void (location.hash = '#/platforms'));
  };
  await opened('kpi-accepted', 'accepted', accepted);
  await opened('finished', 'finished', finished);
  await opened('kpi-finishRate', 'unfinished', accepted - finished);
  // The way back to the work queues.
  await city.getByTestId('figure-finished').click();
  await page.getByTestId('list-figure-scope').getByRole('button').click();
  await expect(page.getByTestId('queue-all')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('list-figure-scope')).toHaveCount(0);
});

test('the 微心愿 tile opens the wishes behind it, those waiting for a party member first', async () => {
  await page.evaluate(() => void (location.hash = '#/platforms'));
  const tile = page.getByTestId('panel-grid').getByTestId('figure-wishes');
  await expect(tile.locator('.pf-figure-note')).toHaveText(/^\d+ \/ [1-9]\d*$/);
  const [claimed, all] = (await tile.locator('.pf-figure-note').textContent())!.split(' / ').map(Number);
  await tile.click();
  const drawer = page.getByTestId('wishes-drawer');
  await expect(page.getByTestId('wishes-view-open')).toHaveAttribute('data-count', String(all! - claimed!));
  await expect(page.getByTestId('wishes-view-all')).toHaveAttribute('data-count', String(all));
  // The waiting ones, with their community and how long they have waited.
  const rows = drawer.locator('.ant-table-tbody tr.ant-table-row');
  // The demo city has wishes no one has taken yet.
  expect(all).toBeGreaterThan(claimed!);
  await expect(rows.first()).toContainText('待认领');
  await expect(rows.first()).toContainText(/\d+ 天/);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});

test('a dispatcher on the keyboard: arrows pick cases, a dialog starts at its OK and gives the focus back, the palette shows the row it runs', async () => {
  await page.evaluate(() => void (location.hash = '#/dispatch?queue=all'));
  const list = page.getByTestId('case-list');
  await list.focus();
  await page.keyboard.press('ArrowDown');
  const picked = await page.locator('.case-item.selected').getAttribute('data-case-id');
  expect(picked).toBeTruthy();
  await expect(page.locator('.case-item.selected')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.case-item.selected')).not.toHaveAttribute('data-case-id', picked!);
  // The first action by its key: the dialog's focus is where Enter confirms, or on the text it asks for.
  const first = page.getByTestId('case-actions').locator('[data-testid^="act-"]').first();
  await expect(first).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await page.keyboard.press('Alt+1');
  await expect(page.locator('.action-dialog')).toBeVisible();
  await expect.poll(() => page.evaluate(() => {
    const el = document.activeElement;
    return !!el?.closest('.action-dialog') && (el.matches('.ant-btn-primary') || el.tagName === 'TEXTAREA' || el.matches('.ant-input-number-input'));
  })).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.action-dialog')).toHaveCount(0);
  await expect(list).toBeFocused();
  // The palette lists every row the arrows reach, and shows the one Enter would run.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-keys')).toContainText('Alt+1');
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('.palette-item.active')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(list).toBeFocused();
  // A form sent with a field missing puts the focus on that field.
  await page.getByTestId('report-button').click();
  await page.getByRole('dialog').getByRole('button', { name: /上\s*报|确\s*定/ }).last().click();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ant-form-item-has-error'))).toBe(true);
  await page.keyboard.press('Escape');
  // In the division tree, Enter takes the node the arrows are on, and the focus comes back to the tree's button.
  // From the city: the breadcrumb has followed the picked case to its community, where the tree would open.
  await page.getByTestId('map-crumb').first().click();
  await expect(page.getByTestId('map-crumb')).toHaveCount(1);
  await page.getByTestId('map-tree-toggle').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('map-tree').getByRole('tree').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map-tree')).toBeHidden();
  await expect(page.getByTestId('map-crumb').last()).toHaveAttribute('data-code', /^2308\d{2}000000$/);
  await expect(page.getByTestId('map-tree-toggle')).toBeFocused();
  // One Tab stop per view switcher (its chosen option), and the map's own controls before its canvas.
  await page.getByTestId('app-nav').locator('input:checked').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('report-button')).toBeFocused();
  await page.getByTestId('case-list').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('middle-switch').locator('input:checked')).toBeFocused();
  // From the tree's button on, Tab goes through the search and the toolbar to the map, then its zoom buttons.
  await page.getByTestId('map-tree-toggle').focus();
  const stops: string[] = [];
  for (let i = 0; i < 10 && !stops.includes('zoom-in'); i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const el = document.activeElement!;
      return el.matches('canvas') ? 'canvas' : el.matches('.maplibregl-ctrl-zoom-in') ? 'zoom-in' : (el.getAttribute('data-testid') ?? el.tagName.toLowerCase());
    }));
  }
  expect(stops.slice(-2)).toEqual(['canvas', 'zoom-in']);
  expect(stops).toContain('map-layers-button');
});
