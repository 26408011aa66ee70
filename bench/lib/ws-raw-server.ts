// Baseline for the workstation push bench: a bare socket.io server of the same
// version and options as the command-center server that answers every 'push'
// at once with "applied" for each mutation — the transport's ceiling, no
// validation, no store.
//   node bench/lib/ws-raw-server.ts --port 0   → prints `raw socket.io server: URL`
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Server } from 'socket.io';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const http = createServer();
const io = new Server(http, { maxHttpBufferSize: 1_000_000, serveClient: false, cors: { origin: false } });

io.on('connection', (socket) => {
  socket.on('push', (raw: { mutations: { id: string }[] }, ack: unknown) => {
    if (typeof ack !== 'function') return;
    ack({ ok: true, results: raw.mutations.map((m) => ({ id: m.id, status: 'applied' })) });
  });
});

http.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`raw socket.io server: http://127.0.0.1:${(http.address() as AddressInfo).port}`);
});
const stop = () => io.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
