// Attachment bytes across the contract, one chunk per message: into the
// core's store when a file is picked, and back out when one is opened.
import type { Api } from '../api/client.ts';
import { ATTACHMENT_CHUNK_BYTES } from '../../../shared/domain/attachment.ts';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hand a picked file's bytes to the core, which keeps them (durably) and queues them for the center. */
export async function storeFile(api: Api, file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  for (let offset = 0; ; offset += ATTACHMENT_CHUNK_BYTES) {
    const data = toBase64(bytes.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES));
    const { done } = await api.command('attachments.write', { sha256, size: bytes.length, offset, data });
    if (done) return sha256;
  }
}

/** The bytes of a stored attachment: from this workstation's store, else fetched from the center by the core. */
export async function readFile(api: Api, sha256: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: { data: string; next: number | null } = await api.query('attachments.read', { sha256, offset });
    parts.push(fromBase64(chunk.data));
    offset = chunk.next;
  }
  return new Blob(parts);
}
