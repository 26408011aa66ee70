// Start a server over the embedded SQLite store, seeded with the demo city.
// Used by `npm run server` and by both workstation hosts for the embedded server.
import { createDistrictLocator } from './locate.ts';
import { seedDemo } from './seed.ts';
import { startServer } from './server.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
export async function startEmbeddedServer(opts) {
    const store = openSqliteStore(opts.dataDir);
    const locate = createDistrictLocator(opts.resourcesDir);
    if (opts.seed !== false)
        await seedDemo(store, locate);
    return startServer({ store, locate, port: opts.port, host: opts.host, logger: opts.logger });
}
