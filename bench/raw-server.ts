// The baseline: a bare socket.io server of the same version as the command-center
// server, speaking the same 'push' event with acks, doing as little as each mode says.
//   --mode ack           ack every push at once, no work (the transport's ceiling)
//   --mode sqlite-batch  insert every mutation, one transaction per push
//   --mode sqlite-item   insert every mutation, one transaction per mutation (as the server commits)
//   --mode relay         ack, then io.emit a 'changes' batch the size of the server's (fan-out baseline)
//   --port N (default 0)  --data DIR (sqlite modes)
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Server } from 'socket.io';
import type { Mutation } from '../src/shared/wire.ts';
import { relayBatch } from './lib/relay-payload.ts';

const { values } = parseArgs({ options: { mode: { type: 'string', default: 'ack' }, port: { type: 'string', default: '0' }, data: { type: 'string' } } });
const mode = values.mode;
if (mode !== 'ack' && mode !== 'sqlite-batch' && mode !== 'sqlite-item' && mode !== 'relay') throw new Error(`unknown --mode ${mode}`);

type Insert = (mutations: readonly Mutation[]) => void;

function openInsert(dataDir: string, perItem: boolean): Insert {
  // Same durability as the server's store, so the comparison is about work, not about fsync settings.
  const db = new Database(join(dataDir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table if not exists mutations (id text primary key, data text not null)');
  const insert = db.prepare('insert into mutations (id, data) values (?, ?)');
  const one = db.transaction((m: Mutation) => insert.run(m.id, JSON.stringify(m)));
  const all = db.transaction((ms: readonly Mutation[]) => {
    for (const m of ms) insert.run(m.id, JSON.stringify(m));
  });
  return perItem ? (ms) => ms.forEach((m) => one.immediate(m)) : (ms) => all.immediate(ms);
}

const insert: Insert | null =
  mode === 'sqlite-batch' || mode === 'sqlite-item'
    ? openInsert(values.data ?? (() => { throw new Error('--data is required for sqlite modes'); })(), mode === 'sqlite-item')
    : null;

const http = createServer();
// The server's own options, so framing and limits match.
const io = new Server(http, { maxHttpBufferSize: 1_000_000, serveClient: false, cors: { origin: false } });
let version = 0;

io.on('connection', (socket) => {
  socket.on('push', (raw: { mutations: Mutation[] }, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const mutations = raw.mutations;
    insert?.(mutations);
    ack({ ok: true, results: mutations.map((m) => ({ id: m.id, status: 'applied' })) });
    if (mode === 'relay') {
      // After the ack, on the next turn: the order and timing the server uses.
      setImmediate(() => {
        for (const m of mutations) io.emit('changes', relayBatch(m, ++version));
      });
    }
  });
});

http.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`raw socket.io server: http://127.0.0.1:${(http.address() as AddressInfo).port}`);
});
const stop = () => io.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
