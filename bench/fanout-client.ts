// A fan-out bench worker: holds many logged-in sockets in one process, to each
// target it is given, and records for every 'changes' batch a socket receives
// the time since the driver pushed the case (the push time rides in the title).
//   node bench/fanout-client.ts '[{"url":…,"token":…,"count":…}, …]'   (forked by the bench, with IPC)
import type { Socket } from 'socket.io-client';
import type { ChangeBatch } from '../src/shared/wire.ts';
import { monotonicNowMs } from './lib/clock.ts';
import { parseFanoutTitle, type FromWorker, type TargetSamples, type ToWorker, type WorkerTarget } from './lib/fanout-protocol.ts';
import { connectMany } from './lib/session.ts';

const targets = JSON.parse(process.argv[2]!) as WorkerTarget[];
const send = (m: FromWorker) => process.send!(m);

type Recorder = { latencies: Float64Array; samples: number; perSocket: Uint32Array; payloadChars: number };
// Preallocated: growing an array while timing would put its copies in the latencies.
const recorders: Recorder[] = targets.map((t) => ({ latencies: new Float64Array(t.count * 256), samples: 0, perSocket: new Uint32Array(t.count), payloadChars: 0 }));
// Warm-up broadcasts still in flight when timing starts must not count as timed ones.
let fromSeq = Number.POSITIVE_INFINITY;

function record(rec: Recorder, index: number, batch: ChangeBatch) {
  const now = monotonicNowMs();
  for (const change of batch.changes) {
    const tagged = parseFanoutTitle(change.data.title);
    if (tagged === null || tagged.seq < fromSeq) continue;
    if (rec.samples === rec.latencies.length) {
      const grown = new Float64Array(rec.latencies.length * 2);
      grown.set(rec.latencies);
      rec.latencies = grown;
    }
    rec.latencies[rec.samples++] = now - tagged.sentAtMs;
    rec.perSocket[index]!++;
  }
  if (rec.payloadChars === 0) rec.payloadChars = JSON.stringify(batch).length;
}

try {
  const sockets: Socket[] = [];
  for (const [t, target] of targets.entries()) {
    const connected = await connectMany(target.url, target.token, target.count);
    connected.forEach((socket, index) => socket.on('changes', (batch: ChangeBatch) => record(recorders[t]!, index, batch)));
    sockets.push(...connected);
  }
  process.on('message', (m: ToWorker) => {
    if (m.type === 'reset') {
      fromSeq = m.fromSeq;
      for (const rec of recorders) {
        rec.samples = 0;
        rec.perSocket.fill(0);
      }
    } else if (m.type === 'collect') {
      const out: TargetSamples[] = recorders.map((r) => ({ latenciesMs: r.latencies.slice(0, r.samples), perSocket: r.perSocket.slice(), payloadChars: r.payloadChars }));
      send({ type: 'samples', targets: out });
    } else {
      for (const s of sockets) s.close();
      process.disconnect();
      process.exit(0);
    }
  });
  send({ type: 'ready', sockets: sockets.length });
} catch (err) {
  send({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}
