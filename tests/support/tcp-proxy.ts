// A TCP proxy on 127.0.0.1 that a test can cut: every open connection is reset and new
// ones are refused until it heals. Put it between a workstation core and the server to
// simulate a flaky link without touching either process.
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type TcpProxy = {
  url: string;
  port: number;
  /** Reset every connection now and refuse new ones for `ms` (forever when omitted, until heal()). */
  cut(ms?: number): void;
  heal(): void;
  /** How many times the link was cut, and how many connections the cuts reset. */
  stats(): { cuts: number; resets: number; connections: number };
  close(): Promise<void>;
};

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let refusing = false;
  let healTimer: NodeJS.Timeout | undefined;
  let cuts = 0;
  let resets = 0;
  let connections = 0;

  const reset = (s: Socket) => {
    if (!s.destroyed) s.resetAndDestroy();
  };

  const server = createServer((client) => {
    if (refusing) return reset(client);
    connections += 1;
    const upstream = connect({ port: targetPort, host: targetHost });
    open.add(client);
    open.add(upstream);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const heal = () => {
    clearTimeout(healTimer);
    refusing = false;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    cut(ms) {
      cuts += 1;
      refusing = true;
      for (const s of open) {
        resets += 1;
        reset(s);
      }
      open.clear();
      clearTimeout(healTimer);
      if (ms !== undefined) healTimer = setTimeout(heal, ms);
    },
    heal,
    stats: () => ({ cuts, resets, connections }),
    close() {
      clearTimeout(healTimer);
      for (const s of open) s.destroy();
      open.clear();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
