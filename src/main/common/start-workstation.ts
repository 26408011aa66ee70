// What both hosts do at start: pick or start the server, then open the core.
// With no server URL configured the workstation runs an embedded server on
// the demo city, so a new user sees a living city with no configuration.
import { join } from 'node:path';
import { startEmbeddedServer } from '../../server/start.ts';
import type { RunningServer } from '../../server/server.ts';
import { DEMO_PASSWORD, type SeedMode } from '../../server/seed.ts';
import { createCore, type Core } from '../core/core.ts';
import type { UiLocale } from '../../shared/contract.ts';

export type WorkstationOptions = {
  dataDir: string;
  resourcesDir: string;
  /** An external server; when absent an embedded one starts under dataDir/server. */
  serverUrl?: string;
  username?: string;
  password?: string;
  locale?: UiLocale;
  /** Embedded server only: demo data and simulated reports per minute. */
  seed?: SeedMode;
  simulate?: number;
};

export type Workstation = { core: Core; server?: RunningServer; serverUrl: string; close(): Promise<void> };

export async function startWorkstation(opts: WorkstationOptions): Promise<Workstation> {
  const server = opts.serverUrl
    ? undefined
    : await startEmbeddedServer({ dataDir: join(opts.dataDir, 'server'), resourcesDir: opts.resourcesDir, seed: opts.seed ?? 'year', simulate: opts.simulate ?? 6 });
  const serverUrl = opts.serverUrl ?? server!.url;
  const core = await createCore({
    dataDir: join(opts.dataDir, 'workstation'),
    serverUrl,
    credentials: { username: opts.username ?? 'dispatcher', password: opts.password ?? DEMO_PASSWORD },
    locale: opts.locale,
  });
  return {
    core,
    server,
    serverUrl,
    async close() {
      await core.close();
      await server?.close();
    },
  };
}
