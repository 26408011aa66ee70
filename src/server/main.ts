// `npm run server`: the command-center server alone.
//   --port N (or GCC_SERVER_PORT, default 4610)  --data DIR (or GCC_SERVER_DATA, default .data/server)
//   --host H (default 127.0.0.1)  --seed year|sample|none (default year)  --simulate N (reports/min, default 6)
import { fileURLToPath } from 'node:url';
import { parseCli } from './cli.ts';
import { startEmbeddedServer } from './start.ts';

const USAGE = `网格化智慧指挥中心 — 指挥中心服务端 / command-center server
  --port N         port (GCC_SERVER_PORT, default 4610; 0 = any free port)
  --data DIR       data folder (GCC_SERVER_DATA, default .data/server)
  --host H         address to listen on (GCC_SERVER_HOST, default 127.0.0.1)
  --seed MODE      year | sample | none (GCC_SERVER_SEED, default year: the demo city with a year of history)
  --simulate N     new demo reports per minute (GCC_SIMULATE, default 6; 0 keeps the city still)
  -h, --help       this text`;

const values = parseCli(USAGE, {
    port: { type: 'string', default: process.env.GCC_SERVER_PORT ?? '4610' },
    data: { type: 'string', default: process.env.GCC_SERVER_DATA ?? '.data/server' },
    host: { type: 'string', default: process.env.GCC_SERVER_HOST ?? '127.0.0.1' },
    seed: { type: 'string', default: process.env.GCC_SERVER_SEED ?? 'year' },
    simulate: { type: 'string', default: process.env.GCC_SIMULATE ?? '6' },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`无效端口 / invalid port: ${values.port}`);
  process.exit(2);
}
const seed = values.seed;
if (seed !== 'year' && seed !== 'sample' && seed !== 'none') {
  console.error(`无效的种子数据 / invalid --seed: ${seed} (year | sample | none)`);
  process.exit(2);
}
const simulate = Number(values.simulate);
if (!Number.isFinite(simulate) || simulate < 0) {
  console.error(`无效的模拟速率 / invalid --simulate: ${values.simulate}`);
  process.exit(2);
}
const server = await startEmbeddedServer({
  dataDir: values.data,
  resourcesDir: fileURLToPath(new URL('../../resources', import.meta.url)),
  port,
  host: values.host,
  seed,
  simulate,
});
console.log(`command-center server: ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
