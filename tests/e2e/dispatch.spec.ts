// Seat-based dispatch end to end: a center dispatcher and a department seat,
// each in its own workstation (browser host) and browser context, walk one
// case through its whole life — with a return and a rework — against a real
// server; then the timeline, the seat board and the KPI strip tell the story
// (figures read from the UI as they change). A seat cannot see or act on
// another department's case, through the UI or by a crafted call.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';

const TITLE = '长安路井盖缺失';

const INTAKE_PHOTO = { name: '来电附图.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n a caller\'s picture of the dark street') };
const PHOTO = { name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('\xff\xd8\xff\xe0 not really a jpeg, but bytes all the same') };

async function act(page: Page, action: string, fill?: { reason?: string; result?: string; file?: typeof PHOTO }) {
  await page.getByTestId(`act-${action}`).click();
  if (fill?.reason) await page.getByTestId('action-reason').fill(fill.reason);
  if (fill?.result) await page.getByTestId('action-result').fill(fill.result);
  if (fill?.file) {
    await page.getByTestId('attach-input').setInputFiles(fill.file);
    await expect(page.getByTestId('attach-picked')).toContainText(fill.file.name);
  }
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function dispatchToChengguan(page: Page) {
  await page.getByTestId('act-dispatch').click();
  const dialog = page.getByRole('dialog');
  // A department picked by hand brings its own seat, never keeps another department's.
  await dialog.getByLabel('承办部门').click();
  await dialog.getByLabel('承办部门').fill('佳木斯市公安局');
  await page.locator('.ant-select-item-option', { hasText: /^佳木斯市公安局$/ }).click();
  await expect(dialog.getByTestId('dispatch-seat')).toContainText('公安局席位');
  await expect(dialog).not.toContainText('按责任矩阵推荐');
  await dialog.getByLabel('承办部门').click();
  await dialog.getByLabel('承办部门').fill('城市管理综合');
  await page.locator('.ant-select-item-option', { hasText: /^佳木斯市城市管理综合执法局$/ }).click();
  await dialog.getByLabel('承办席位').click();
  await page.locator('.ant-select-item-option', { hasText: '城管局席位' }).first().click();
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(dialog).toHaveCount(0);
}

const openCase = async (page: Page, queue: string, title = TITLE) => {
  await page.getByTestId(`queue-${queue}`).click();
  await page.getByTestId('case-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('case-detail')).toContainText(title);
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The attachment's bytes as the case detail opens them: its digest and its file name. */
async function openAttachment(page: Page, name: string) {
  const row = page.getByTestId('attachments').locator('tr', { hasText: name });
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('attachment-open').click()]);
  return { sha256: sha256(readFileSync(await download.path())), name: download.suggestedFilename() };
}
const expectState = (page: Page, label: string) => expect(page.getByTestId('detail-state')).toHaveText(label, { timeout: 10_000 });
const showBoard = (page: Page, board: boolean) => page.getByTestId('middle-switch').getByText(board ? '席位看板' : '案件详情').click();
/** A KPI as the strip shows it: the figure and its fraction. */
const expectKpi = (page: Page, key: string, figure: string, fraction: string) =>
  expect(page.getByTestId(`kpi-${key}`)).toContainText(new RegExp(`${figure}\\s*${fraction}`), { timeout: 10_000 });

test('a dispatcher and a seat walk one case through its life, with a return and a rework', async ({ browser }) => {
  test.setTimeout(300_000); // two workstations and a server on a shared CI machine
  const dir = tempDir();
  const server = await startServerProcess(`${dir.path}/server`);
  const hosts: Proc[] = [];
  try {
    hosts.push(await startBrowserHost(`${dir.path}/center`, server.url, 'dispatcher'), await startBrowserHost(`${dir.path}/seat`, server.url, 'seat-chengguan'));
    const open = async (h: Proc) => {
      const page = await (await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' })).newPage();
      await page.goto(h.url);
      await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 30_000 }); // a cold host on a busy machine
      return page;
    };
    const [center, seat] = [await open(hosts[0]!), await open(hosts[1]!)];
    await expect(seat.getByTestId('session-user')).toContainText('席位联络员');
    // A seat handles what it is sent and reports nothing: no 上报问题 to fill in and be refused.
    await expect(center.getByTestId('report-button')).toBeVisible();
    await expect(seat.getByTestId('report-button')).toHaveCount(0);
    // Nor are the queues before dispatch its own, and its 待审批 holds its own requests.
    await expect(seat.getByTestId('queue-intake')).toHaveCount(0);
    await expect(seat.getByTestId('queue-dispatch')).toHaveCount(0);
    await expect(seat.getByTestId('queue-approve')).toContainText('待批复');
    await expect(center.getByTestId('queue-approve')).toContainText('待审批');
    // Only the center's rows drag onto the seat board: a seat that dropped one would be refused the dispatch.
    await expect(center.getByTestId('case-item').first()).toHaveAttribute('draggable', 'true');
    // Nor does it replace the city's grids: the map offers the import to the center's dispatcher only.
    await expect(center.getByTestId('map-import-button')).toBeVisible();
    await expect(seat.getByTestId('map-import-button')).toHaveCount(0);
    await expect(seat.getByTestId('case-item')).toHaveCount(0);

    await openCase(center, 'intake');
    await expect(center.getByTestId('case-actions')).not.toContainText('派遣');
    // A case without a description has no field for it, not an empty label and value in the grid.
    expect(await center.locator('.detail-fields .ant-descriptions-item-label').evaluateAll((labels) => labels.filter((l) => !l.textContent?.trim()).length)).toBe(0);
    await act(center, 'accept');
    await expectState(center, '已立案');
    await dispatchToChengguan(center);
    await expectState(center, '已派遣');

    // The seat sees it arrive, and sends it back once.
    await openCase(seat, 'sign');
    await expect(seat.getByTestId('case-actions')).not.toContainText('结案');
    await act(seat, 'return', { reason: '需先确认井盖产权单位' });
    await expect(seat.getByTestId('case-item').filter({ hasText: TITLE })).toHaveCount(0);

    await openCase(center, 'dispatch');
    await dispatchToChengguan(center);
    await openCase(seat, 'sign');
    await act(seat, 'sign');
    await expectState(seat, '已签收');
    await act(seat, 'start');
    await act(seat, 'submit', { result: '已临时围挡', file: PHOTO });
    await expectState(seat, '待核查');

    await openCase(center, 'verify');
    // The seat's attachment reached the center with the case: name and the digest of its bytes.
    await expect(center.getByTestId('attachment')).toHaveText(PHOTO.name);
    await expect(center.getByTestId('attachment')).toHaveAttribute('data-sha256', sha256(PHOTO.buffer));
    // Its bytes reached the center too, and open here from there.
    await expect(center.getByTestId('attachment-state')).toHaveAttribute('data-state', 'uploaded', { timeout: 10_000 });
    expect(await openAttachment(center, PHOTO.name)).toEqual({ sha256: sha256(PHOTO.buffer), name: PHOTO.name });
    await act(center, 'verifyFail', { reason: '未更换井盖，仅围挡' });
    await expectState(center, '处置中');
    await openCase(seat, 'handling');
    await act(seat, 'submit', { result: '已更换新井盖' });
    await openCase(center, 'verify');
    await act(center, 'verifyPass');
    // Before closing: two cases due for closing (this one and the sample's overdue one), none closed;
    // one rework out of one verification.
    await showBoard(center, true);
    await expectKpi(center, 'closeRate', '0%', '0/2');
    await expectKpi(center, 'reworkRate', '100%', '1/1');
    await expectKpi(center, 'satisfactionRate', '—', '0/0');
    await showBoard(center, false);
    await act(center, 'close');
    await showBoard(center, true);
    await expectKpi(center, 'closeRate', '50%', '1/2');
    await expectKpi(center, 'onTimeCloseRate', '50%', '1/2');
    const seatCard = center.locator('[data-testid="seat-card"][data-seat-id="seat-230800-chengguan"]');
    await expect(seatCard).toContainText(/在办\s*0/);
    await expect(seatCard).toContainText(/今日按期结案率\s*100%/);
    await showBoard(center, false);
    await center.getByTestId('act-rate').click();
    await center.getByRole('dialog').getByRole('radio').nth(4).click();
    await center.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
    await expectState(center, '已评价');
    await showBoard(center, true);
    await expectKpi(center, 'satisfactionRate', '100%', '1/1');
    await showBoard(center, false);

    // The detail is new (the board was shown): its timeline comes a moment later, and the last events
    // may still be on their way from the center's outbox to the server and back.
    await expect.poll(() => center.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))).toEqual(['report', 'accept', 'dispatch', 'return', 'dispatch', 'sign', 'start', 'submit', 'verifyFail', 'submit', 'verifyPass', 'close', 'rate']);
    await expect(center.getByTestId('case-timeline')).toContainText('需先确认井盖产权单位');
    // Who acted reads as a name (the login name is its tooltip): the center's dispatcher and the 城管 seat.
    const actors = await center.getByTestId('timeline-actor').evaluateAll((els) => els.map((e) => [e.getAttribute('title'), e.textContent]));
    expect(actors).toHaveLength(13);
    for (const [login, name] of actors) expect(name).not.toBe(login);
    // A person's name alone; the seat the liaison acted at follows it, in the interface's language.
    expect(actors.find(([login]) => login === 'seat-chengguan')?.[1]).toMatch(/^\p{Script=Han}{2,3}$/u);
    expect(await center.locator('[data-testid=timeline-item]:has([data-testid=timeline-actor][title=seat-chengguan])').first().textContent()).toMatch(/城管.*席位/);

    // A file attached at intake by the center: its bytes are uploaded, and the seat the case is
    // dispatched to sees the attachment on the case detail and opens it from the center.
    const CALL = '站前路路灯不亮（来电）';
    await center.getByTestId('report-button').click();
    await center.getByTestId('report-title').fill(CALL);
    await center.getByTestId('report-description').fill('来电人称站前路东段三盏路灯连续两晚不亮');
    await center.getByTestId('report-category').click();
    await center.keyboard.type('路灯');
    await center.locator('.ant-cascader-menu-item', { hasText: '路灯' }).first().click();
    await center.getByTestId('attach-input').setInputFiles(INTAKE_PHOTO);
    await expect(center.getByTestId('attach-picked')).toContainText(INTAKE_PHOTO.name);
    const ok = center.getByRole('dialog').getByRole('button', { name: /上\s*报|仍然上报/ });
    await ok.click();
    // A nearby case of the same kind would ask for a second OK (its check is a query, answered a moment later).
    const warning = center.getByTestId('duplicate-warning');
    await expect.poll(async () => (await warning.isVisible()) || (await center.getByRole('dialog').count()) === 0).toBe(true);
    if (await warning.isVisible()) await ok.click();
    await expect(center.getByRole('dialog')).toHaveCount(0);
    await openCase(center, 'intake', CALL);
    await expect(center.getByTestId('attachment-state')).toHaveAttribute('data-state', 'uploaded', { timeout: 10_000 });
    await act(center, 'accept');
    await dispatchToChengguan(center);
    await openCase(seat, 'sign', CALL);
    await expect(seat.getByTestId('case-item').first()).toHaveAttribute('draggable', 'false');
    await expect(seat.getByTestId('detail-description')).toHaveText('来电人称站前路东段三盏路灯连续两晚不亮');
    await expect(seat.getByTestId('attachment')).toHaveText(INTAKE_PHOTO.name);
    await expect(seat.getByTestId('attachment-state')).toHaveAttribute('data-state', 'uploaded');
    expect(await openAttachment(seat, INTAKE_PHOTO.name)).toEqual({ sha256: sha256(INTAKE_PHOTO.buffer), name: INTAKE_PHOTO.name });
    // The clicked button is still hovered and its colour mid-transition (antd animates it): check the
    // resting state a person reads, not a frame of the animation.
    await seat.mouse.move(0, 0);
    await seat.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await seat.waitForTimeout(500);
    const axe = await new AxeBuilder({ page: seat }).include('[data-testid="case-detail"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`)).toEqual([]);

    // A crafted call from the seat's page for a case of another department is refused, and nothing changes.
    await openCase(center, 'all');
    const other = await center.getByTestId('case-item').filter({ hasText: '中山路占道经营' }).getAttribute('data-case-id');
    const reply = await seat.evaluate(async (caseId) => {
      const token = sessionStorage.getItem('gcc.token');
      const ws = new WebSocket(`ws://${location.host}/contract?token=${token}`);
      await new Promise((r) => ws.addEventListener('open', r, { once: true }));
      const answer = new Promise<string>((r) => ws.addEventListener('message', (m) => { if (String(m.data).includes('"response"')) r(String(m.data)); }));
      ws.send(JSON.stringify({ id: 99, kind: 'command', name: 'cases.act', args: { caseId, action: { type: 'accept' } } }));
      return JSON.parse(await answer) as { ok: boolean; error?: { message: string } };
    }, other);
    expect(reply).toMatchObject({ ok: false, error: { message: '案件不存在或不在您的管辖范围' } });
    await expect(seat.getByTestId('link-state')).not.toContainText('待同步');

    // The seat board of a seat: its department's seats, under a line saying whose cases it counts.
    await seat.getByTestId('middle-switch').getByText('席位看板').click();
    await expect(seat.getByTestId('board-scope')).toContainText('城市管理');
    await expect(seat.getByTestId('seat-card').first()).toBeVisible();
    expect((await seat.getByTestId('seat-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-seat-id')))).every((id) => id?.includes('chengguan'))).toBe(true);
    // The platforms a seat opens count its department's cases: it says so above the figures; the center's do not need it.
    for (const page of [seat, center]) await page.evaluate(() => void (location.hash = '#/platforms'));
    await expect(seat.getByTestId('platforms-scope')).toContainText('城市管理');
    await expect(center.getByTestId('platforms-view')).toBeVisible();
    await expect(center.getByTestId('platforms-scope')).toHaveCount(0);
  } finally {
    for (const h of hosts) await h.stop();
    await server.stop();
    dir.remove();
  }
});
