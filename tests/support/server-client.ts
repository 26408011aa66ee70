// A real socket.io client of the command-center server, as a test peer.
import { io, type Socket } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import type { ReportCaseInput } from '../../src/shared/contract.ts';
import type { CaseAction } from '../../src/shared/domain/case-action.ts';
import { WIRE_EVENTS, type CaseEventsResponse, type Change, type LoginResponse, type Mutation, type PullResponse, type PushResponse } from '../../src/shared/wire.ts';

export const DEMO_PASSWORD = 'jms@2026';

export async function login(serverUrl: string, username: string, password = DEMO_PASSWORD): Promise<LoginResponse> {
  const res = await fetch(new URL('/api/login', serverUrl), { method: 'POST', body: JSON.stringify({ username, password }) });
  return (await res.json()) as LoginResponse;
}

export type TestClient = {
  socket: Socket;
  push(mutations: Mutation[]): Promise<PushResponse>;
  pull(after: number, limit?: number): Promise<PullResponse>;
  report(input: ReportCaseInput, seq?: number): Promise<{ mutation: Mutation; response: PushResponse; caseId: string }>;
  /** One workflow action; resolves to the server's result for it. */
  act(caseId: string, action: CaseAction, baseVersion?: number): Promise<{ status: string; reason?: string }>;
  events(caseId: string): Promise<CaseEventsResponse>;
  close(): void;
};

let seqCounter = 0;

export async function connectClient(serverUrl: string, username = 'dispatcher', clientId = `test-${uuidv7()}`): Promise<TestClient> {
  const session = await login(serverUrl, username);
  if (!session.ok) throw new Error(session.error);
  const socket = io(serverUrl, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const push = (mutations: Mutation[]) => socket.timeout(5000).emitWithAck(WIRE_EVENTS.push, { mutations }) as Promise<PushResponse>;
  return {
    socket,
    push,
    pull: (after, limit = 1000) => socket.timeout(5000).emitWithAck(WIRE_EVENTS.pull, { after, limit }) as Promise<PullResponse>,
    async report(input, seq = ++seqCounter) {
      const caseId = uuidv7();
      const mutation: Mutation = { id: uuidv7(), clientId, seq, name: 'case.report', args: { ...input, id: caseId }, at: new Date().toISOString() };
      return { mutation, response: await push([mutation]), caseId };
    },
    async act(caseId, action, baseVersion) {
      const mutation: Mutation = { id: uuidv7(), clientId, seq: ++seqCounter, name: 'case.act', args: { caseId, action, baseVersion }, at: new Date().toISOString() };
      const res = await push([mutation]);
      if (!res.ok) throw new Error(res.error);
      return res.results[0]!;
    },
    events: (caseId) => socket.timeout(5000).emitWithAck(WIRE_EVENTS.caseEvents, { caseId }) as Promise<CaseEventsResponse>,
    close: () => void socket.close(),
  };
}

/** Every change the client may see, page by page from the start. */
export async function pullAll(client: TestClient): Promise<Change[]> {
  const out: Change[] = [];
  let after = 0;
  for (;;) {
    const page = await client.pull(after);
    if (!page.ok) throw new Error(page.error);
    out.push(...page.changes);
    after = page.latest;
    if (!page.hasMore) return out;
  }
}

/** Each case as its last change left it. */
export const latestById = (changes: Change[]) => new Map(changes.map((c) => [c.id, c.data]));
