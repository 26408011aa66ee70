// Driving a workstation core through the contract, as the renderer does, for
// the workstation benches.
import { createCore, type Core } from '../../src/main/core/core.ts';
import type { LinkState } from '../../src/shared/contract.ts';
import { startCommandCenter, type Child } from './ws-common.ts';

export const DEMO_PASSWORD = 'jms@2026';

export function openCore(dataDir: string, serverUrl: string, username = 'dispatcher'): Promise<Core> {
  return createCore({ dataDir, serverUrl, credentials: { username, password: DEMO_PASSWORD } });
}

let nextId = 1;
export async function call<T>(core: Core, kind: 'query' | 'command', name: string, args: unknown = {}): Promise<T> {
  const res = await core.request({ id: nextId++, kind, name, args });
  if (!res.ok) throw new Error(`${name}: ${res.error.code}: ${res.error.message}`);
  return res.result as T;
}

/** Resolves with the first link state (announced, or current) that `ok` accepts. */
export function linkWhere(core: Core, ok: (s: LinkState) => boolean, timeoutMs: number, what: string): Promise<{ state: LinkState; at: number }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (state: LinkState) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      off();
      resolve({ state, at: performance.now() });
    };
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      off();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; link: ${JSON.stringify(core.linkState())}`));
    }, timeoutMs);
    const off = core.subscribe((e) => {
      if (e.event === 'link.changed' && ok(e.payload as LinkState)) finish(e.payload as LinkState);
    });
    const now = core.linkState();
    if (ok(now)) finish(now);
  });
}

/** A report a seat might file: a real category, a point inside 佳木斯 urban area. */
export const reportInput = (i: number) => ({
  title: `${['长安路', '中山路', '友谊路', '光复路', '杏林路'][i % 5]}${['井盖缺失', '占道经营', '暴露垃圾', '违章停车', '路灯不亮'][(i >> 3) % 5]} ${i}`,
  description: '市民来电反映，请尽快处置',
  categoryKind: '事件',
  categoryCode: '0501',
  point: [130.35 + (i % 100) * 1e-4, 46.81 + ((i >> 7) % 50) * 1e-4] as [number, number],
  address: '佳木斯市向阳区',
});

/**
 * A server on `port` and a core that has synced with it once, then the server stopped and the
 * core offline: where the write and flush benches start. Both go on the cleanup stack.
 */
export async function offlineCore(serverDir: string, coreDir: string, port: number, cleanup: { add(fn: () => unknown): void }): Promise<{ core: Core; server: Child }> {
  const server = await startCommandCenter(serverDir, port);
  cleanup.add(() => server.stop());
  const core = await openCore(coreDir, server.url);
  cleanup.add(() => core.close());
  await linkWhere(core, (s) => s.status === 'online' && s.pending === 0, 60_000, 'first sync');
  await server.stop();
  await linkWhere(core, (s) => s.status === 'offline', 30_000, 'offline');
  return { core, server };
}
