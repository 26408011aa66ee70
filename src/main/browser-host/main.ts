// The browser host: the same core and the same renderer as the Electron app,
// served on 127.0.0.1, with the contract over a WebSocket guarded by a
// per-run token and an Origin check. For CI, kiosks and boxes without Electron.
//   --port N (default 4620; 0 = any free port)  --data DIR (default .data)
//   --server-url URL (default: an embedded server)  --user NAME --password PW
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startWorkstation } from '../common/start-workstation.ts';
import { attachContractSocket } from './contract-socket.ts';
import { createStaticHandler } from './static-files.ts';
import { parseCli } from '../../server/cli.ts';

const USAGE = `网格化智慧指挥中心（浏览器模式）/ workstation in a browser
  --port N          port (GCC_PORT, default 4620; 0 = any free port)
  --data DIR        the workstation's data folder (GCC_DATA, default .data)
  --server-url URL  the command-center server (GCC_SERVER_URL; default: an embedded demo server)
  --user NAME       account (GCC_USER, default dispatcher)
  --password PW     its password (GCC_PASSWORD)
  --locale L        zh-CN | en until the workstation's own choice (GCC_LOCALE, default zh-CN)
  -h, --help        this text`;

const values = parseCli(USAGE, {
    port: { type: 'string', default: process.env.GCC_PORT ?? '4620' },
    data: { type: 'string', default: process.env.GCC_DATA ?? '.data' },
    'server-url': { type: 'string', default: process.env.GCC_SERVER_URL },
    user: { type: 'string', default: process.env.GCC_USER },
    password: { type: 'string', default: process.env.GCC_PASSWORD },
    locale: { type: 'string', default: process.env.GCC_LOCALE ?? 'zh-CN' },
});

const root = fileURLToPath(new URL('../../../', import.meta.url));
const workstation = await startWorkstation({
  dataDir: values.data,
  resourcesDir: root + 'resources',
  serverUrl: values['server-url'],
  username: values.user,
  password: values.password,
  locale: values.locale === 'en' ? 'en' : 'zh-CN',
});

const token = randomBytes(24).toString('base64url');
const statics = createStaticHandler(root + 'out/renderer', () => workstation.core.basemapOrigins());
// The contract's address answers a page whose socket was refused (see answerTokenCheck); the rest is the renderer.
const http = createServer((req, res) => {
  if (contract.answerTokenCheck(req, res)) return;
  // Whatever a request breaks ends that request, never the workstation.
  statics(req, res).catch((err: unknown) => {
    console.error('request failed:', req.url, err);
    if (res.headersSent) res.destroy();
    else res.writeHead(500).end();
  });
});
let origin = '';
const contract = attachContractSocket(http, workstation.core, { token, origin: () => origin });
await new Promise<void>((resolve) => http.listen(Number(values.port), '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;
origin = `http://127.0.0.1:${port}`;
console.log(`GRID_COMMAND_CENTER_URL=${origin}/#token=${token}`);
console.log(`网格化智慧指挥中心（浏览器模式）: ${origin}/#token=${token}`);
// Where more workstations join the same city (--server-url): the embedded server listens on a port of its own choosing.
if (workstation.server) console.log(`embedded command-center server: ${workstation.serverUrl} (other workstations: --server-url ${workstation.serverUrl})`);

const stop = async () => {
  contract.close();
  http.close();
  await workstation.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
