// A request sent as raw bytes, for what fetch will not send as it is (a request line that is no URL,
// an escape that decodes to nothing): the whole reply as text, status line first.
import { connect } from 'node:net';

export function rawRequest(origin: string, method: string, target: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(origin).port), '127.0.0.1', () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let reply = '';
    socket.on('data', (d) => (reply += String(d)));
    socket.on('close', () => resolve(reply));
  });
}
