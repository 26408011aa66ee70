// Start a server over the embedded SQLite store with the demo city: used by
// `npm run server` and by both workstation hosts for the embedded server.
import { join } from 'node:path';
import { createLogger, type Logger } from './log.ts';
import { seedDemo, type SeedMode } from './seed.ts';
import { startServer, type RunningServer } from './server.ts';
import { startSimulator } from './simulator.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

export type EmbeddedServerOptions = {
  dataDir: string;
  resourcesDir: string;
  port?: number;
  host?: string;
  /** 'year' (default): a year of history; 'sample': five cases, one of them overdue, for tests; 'none'. */
  seed?: SeedMode;
  /** Simulated reports per minute; 0 (default) keeps the city still. */
  simulate?: number;
  logger?: Logger;
  /** New attachment bytes each account may store per day. */
  attachmentQuotaBytes?: number;
};

export async function startEmbeddedServer(opts: EmbeddedServerOptions): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger({ svc: 'server' });
  const store = openSqliteStore(opts.dataDir);
  const started = Date.now();
  const city = await seedDemo(store, opts.resourcesDir, opts.seed ?? 'year');
  logger.info('demo city ready', { cases: await store.countCases(), ms: Date.now() - started });
  const server = await startServer({ store, locate: city.locate, catalog: city.catalog, districts: city.districts, port: opts.port, host: opts.host, logger, attachmentsDir: join(opts.dataDir, 'attachments'), attachmentQuotaBytes: opts.attachmentQuotaBytes });
  const simulator = opts.simulate ? startSimulator({ store, city, perMinute: opts.simulate, publish: server.publish, leaveAlone: server.handledByPeople, seatStaffed: server.seatStaffed, logger }) : undefined;
  if (simulator) server.addPresence(simulator.presence);
  return {
    ...server,
    async close() {
      simulator?.stop();
      await server.close();
    },
  };
}
