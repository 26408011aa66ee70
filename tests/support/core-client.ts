// Drive a core through the contract exactly as a renderer would.
import type { ContractEvent, EventName } from '../../src/shared/contract.ts';
import type { Core } from '../../src/main/core/core.ts';

let nextId = 1;

export async function query<T = unknown>(core: Core, name: string, args: unknown = {}): Promise<T> {
  const res = await core.request({ id: nextId++, kind: 'query', name, args });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.result as T;
}

export async function command<T = unknown>(core: Core, name: string, args: unknown): Promise<T> {
  const res = await core.request({ id: nextId++, kind: 'command', name, args });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.result as T;
}

export function recordEvents(core: Core, name: EventName): ContractEvent[] {
  const seen: ContractEvent[] = [];
  core.subscribe((e) => e.event === name && seen.push(e));
  return seen;
}

/** Poll `check` every 50 ms until it holds; fail after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
