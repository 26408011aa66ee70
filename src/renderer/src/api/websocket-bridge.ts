// The contract over the browser host's loopback WebSocket. The host hands the
// per-run token in the URL fragment (never sent to a server in requests).
// While the socket is down, a request is answered at once as failed (the
// operator is told, and nothing waits forever); when it comes back, the page
// loads again, since events sent meanwhile are lost and every view must ask anew.
// A host started anew has a new token: a page from before it is refused for
// good, stops trying, and says so (onEnded).
import type { Bridge, ContractEvent, ContractRequest, ContractResponse } from '../../../shared/contract.ts';
import { refusalText } from '../../../shared/domain/refusals.ts';

const TOKEN_KEY = 'gcc.token';

function readToken(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const RELOADED_KEY = 'gcc.reloadedAt';
const RELOAD_GAP_MS = 10_000;

/** A socket that opens and drops again and again must not reload the page in a loop. */
function reloadAtMostEvery(gapMs: number) {
  const last = Number(sessionStorage.getItem(RELOADED_KEY) ?? 0);
  if (Date.now() - last < gapMs) return;
  sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
  location.reload();
}

/** How long the host may take to say whether the token is its run's; no answer counts as out of reach. */
const TOKEN_CHECK_MS = 5000;

/**
 * Whether the host refused `token` (a run of the host other than the one that printed this page's
 * address). A refused handshake and a host out of reach close the socket alike, with no status:
 * the contract's address asked over plain HTTP tells them apart (contract-socket.ts).
 */
async function tokenRefused(token: string): Promise<boolean> {
  const url = new URL('contract', location.href);
  url.hash = '';
  url.searchParams.set('token', token);
  try {
    const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(TOKEN_CHECK_MS) });
    return res.status === 401;
  } catch {
    return false;
  }
}

/** `onEnded`: the host has refused this page's token; the bridge has stopped and answers every request as failed. */
export function createWebSocketBridge(onEnded: () => void = () => undefined): Bridge {
  const token = readToken();
  const pending = new Map<number, (r: ContractResponse) => void>();
  const listeners = new Set<(e: ContractEvent) => void>();
  let ws: WebSocket;
  /** Settles when the socket now connecting opens or fails. */
  let settled: Promise<void>;
  // Any close, the first attempt's failure included, means views asked in vain or missed events.
  let dropped = false;
  const lost = (id: number): ContractResponse => ({ id, ok: false, error: { code: 'failed', message: refusalText('coreLinkLost') } });

  const end = () => {
    // The new address pasted into this tab differs only in its fragment, which loads nothing: load it.
    addEventListener('hashchange', () => {
      if (new URLSearchParams(location.hash.slice(1)).get('token')) location.reload();
    });
    onEnded();
  };

  const connect = () => {
    const url = new URL('contract', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.hash = '';
    url.searchParams.set('token', token);
    ws = new WebSocket(url);
    settled = new Promise((resolve) => {
      ws.addEventListener('open', () => {
        resolve();
        if (dropped) reloadAtMostEvery(RELOAD_GAP_MS);
      }, { once: true });
      ws.addEventListener('close', () => resolve(), { once: true });
    });
    ws.addEventListener('message', (msg) => {
      const data = JSON.parse(String(msg.data)) as ({ type: 'response' } & ContractResponse) | ({ type: 'event' } & ContractEvent);
      if (data.type === 'event') for (const l of listeners) l({ event: data.event, payload: data.payload });
      else {
        pending.get(data.id)?.(data);
        pending.delete(data.id);
      }
    });
    ws.addEventListener('close', () => {
      for (const [id, resolve] of pending) resolve(lost(id));
      pending.clear();
      dropped = true;
      // Trying again with a token the host refuses would go on for ever, the operator never told why.
      void tokenRefused(token).then((refused) => (refused ? end() : void setTimeout(connect, 1000)));
    });
  };
  connect();

  return {
    async request(req: ContractRequest) {
      if (ws.readyState === WebSocket.CONNECTING) await settled;
      if (ws.readyState !== WebSocket.OPEN) return lost(req.id);
      return new Promise((resolve) => {
        pending.set(req.id, resolve);
        ws.send(JSON.stringify(req));
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
