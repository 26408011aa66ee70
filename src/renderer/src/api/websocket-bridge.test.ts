// The browser bridge when its socket closes: a host out of reach is tried
// again (and the page reloads once it is back), but a host that refuses the
// page's token (it was started anew, with a new one) ends the session: no
// more tries, every request failed at once, and the page told. A refused
// handshake and a host out of reach close the socket alike; the bridge asks
// the contract's address over HTTP which one it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebSocketBridge } from './websocket-bridge.ts';

/** A page's WebSocket as the test drives it: opened, or closed with nothing said (a refusal looks the same as no host). */
class FakeSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static made: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  readonly url: string;
  constructor(url: URL) {
    super();
    this.url = String(url);
    FakeSocket.made.push(this);
  }
  send() {}
  open() {
    this.readyState = FakeSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }
  drop() {
    this.readyState = FakeSocket.CLOSED;
    this.dispatchEvent(new Event('close'));
  }
}

const PAGE = 'http://127.0.0.1:4620/#token=before-restart';
let reload: ReturnType<typeof vi.fn>;
let fetchMock: ReturnType<typeof vi.fn>;
const latest = () => FakeSocket.made.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.made = [];
  reload = vi.fn();
  fetchMock = vi.fn();
  const stored = new Map<string, string>();
  vi.stubGlobal('location', Object.assign(new URL(PAGE), { reload }));
  vi.stubGlobal('history', { replaceState: () => undefined });
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) });
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('fetch', fetchMock);
  const page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('dispatchEvent', page.dispatchEvent.bind(page));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the browser bridge when its socket closes', () => {
  it('stops for good, and says so, when the host refuses the token (the host was started anew)', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValue(new Response(null, { status: 401 }));
    const onEnded = vi.fn();
    const bridge = createWebSocketBridge(onEnded);
    latest().open();
    latest().drop(); // the host stops: out of reach for a moment
    await vi.advanceTimersByTimeAsync(1000);
    expect(onEnded).not.toHaveBeenCalled();
    latest().drop(); // started anew: it refuses this page's token
    await vi.advanceTimersByTimeAsync(0);
    expect(String(fetchMock.mock.calls[1]![0])).toBe('http://127.0.0.1:4620/contract?token=before-restart');
    expect(onEnded).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(FakeSocket.made).toHaveLength(2);
    expect(reload).not.toHaveBeenCalled();
    expect(await bridge.request({ id: 1, kind: 'query', name: 'session.info', args: {} })).toMatchObject({ id: 1, ok: false });

    // The operator pastes the address the new run printed into this tab: only the fragment changes, so the page loads it.
    location.hash = '#/dispatch';
    dispatchEvent(new Event('hashchange'));
    expect(reload).not.toHaveBeenCalled();
    location.hash = '#token=after-restart';
    dispatchEvent(new Event('hashchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('tries again while the host is out of reach, and does not end the session', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValueOnce(new Response(null, { status: 426 }));
    const onEnded = vi.fn();
    createWebSocketBridge(onEnded);
    latest().open();
    latest().drop(); // out of reach: the check fails too
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.made).toHaveLength(2);
    latest().drop(); // back, and this page's token is still the host's: a passing drop
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.made).toHaveLength(3);
    latest().open();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(onEnded).not.toHaveBeenCalled();
  });
});
