// A real server (the sample city) and one browser host in front of it, in a
// temp folder, for e2e specs that open the renderer as a workstation does.
import { expect, type Page } from '@playwright/test';
import { startBrowserHost, startServerProcess, type Proc } from './processes.ts';
import { tempDir } from './temp-dir.ts';

export type WorkstationStack = { server: Proc; host: Proc; close(): Promise<void> };

export async function startWorkstationStack(user = 'dispatcher'): Promise<WorkstationStack> {
  const dir = tempDir();
  const procs: Proc[] = [];
  const close = async () => {
    for (const p of procs.reverse()) await p.stop();
    dir.remove();
  };
  try {
    const server = await startServerProcess(`${dir.path}/server`);
    procs.push(server);
    const host = await startBrowserHost(`${dir.path}/host`, server.url, user);
    procs.push(host);
    return { server, host, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the host at wall size and waits until the workstation is online. */
export async function openOnline(page: Page, url: string, size = { width: 1920, height: 1080 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 30_000 });
}
