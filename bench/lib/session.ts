// Logging in and opening sockets the way a workstation does: one HTTP login,
// then socket.io over WebSocket only with the session token.
import { io, type Socket } from 'socket.io-client';
import type { LoginResponse } from '../../src/shared/wire.ts';

export const DEMO_PASSWORD = 'jms@2026';

export async function login(serverUrl: string, username: string): Promise<string> {
  const res = await fetch(new URL('/api/login', serverUrl), { method: 'POST', body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  const body = (await res.json()) as LoginResponse;
  if (!body.ok) throw new Error(`login ${username}: ${body.error}`);
  return body.token;
}

export function connect(serverUrl: string, token: string): Promise<Socket> {
  // forceNew: one TCP connection per socket, as separate workstations would have, not multiplexed.
  const socket = io(serverUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 30_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Open `count` sockets, `concurrency` handshakes at a time so the server's accept queue is not the thing measured. */
export async function connectMany(serverUrl: string, token: string, count: number, concurrency = 50): Promise<Socket[]> {
  const sockets: Socket[] = [];
  while (sockets.length < count) {
    const wave = Math.min(concurrency, count - sockets.length);
    sockets.push(...(await Promise.all(Array.from({ length: wave }, () => connect(serverUrl, token)))));
  }
  return sockets;
}
