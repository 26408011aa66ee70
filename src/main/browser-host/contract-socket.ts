// The contract over a loopback WebSocket: one connection per renderer tab,
// admitted only with this run's token and from this host's own origin.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ContractHandler } from '../../shared/contract.ts';
import { MAX_GRID_IMPORT_BYTES } from '../../shared/grid-file.ts';

export const CONTRACT_PATH = '/contract';
// A grid import carries the city's whole boundary file in one request; the server reads up to this
// much, so the loopback link must carry it too (it only ever admits this run's own page).
const MAX_MESSAGE = MAX_GRID_IMPORT_BYTES + 64 * 1024;

export function attachContractSocket(http: Server, bridge: ContractHandler, opts: { token: string; origin: () => string }) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const denied =
      url.pathname !== CONTRACT_PATH ? 404 : url.searchParams.get('token') !== opts.token ? 401 : req.headers.origin !== opts.origin() ? 403 : 0;
    if (denied) {
      socket.end(`HTTP/1.1 ${denied} ${denied === 404 ? 'Not Found' : denied === 401 ? 'Unauthorized' : 'Forbidden'}\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket) {
    const unsubscribe = bridge.subscribe((event) => ws.send(JSON.stringify({ type: 'event', ...event })));
    ws.on('message', async (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return ws.send(JSON.stringify({ type: 'response', id: -1, ok: false, error: { code: 'bad-request', message: '消息不是有效的 JSON' } }));
      }
      const response = await bridge.request(parsed);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'response', ...response }));
    });
    // A message over the limit (or a broken frame) closes this tab's link, which reconnects; unheard,
    // the socket's error would end the whole host.
    ws.on('error', () => ws.terminate());
    ws.on('close', unsubscribe);
  }

  return {
    close: () => wss.close(),
    /**
     * The contract's address asked over plain HTTP says whether a token is this run's: 401 if not
     * (a page opened before the host restarted), else 426. A page's WebSocket is never told why its
     * handshake was refused (to it a 401 reads like a host out of reach), so the page asks here to
     * tell "this session has ended" from "the host is not there". False for any other address.
     */
    answerTokenCheck(req: IncomingMessage, res: ServerResponse): boolean {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== CONTRACT_PATH) return false;
      res.writeHead(url.searchParams.get('token') === opts.token ? 426 : 401, { 'cache-control': 'no-store' }).end();
      return true;
    },
  };
}
