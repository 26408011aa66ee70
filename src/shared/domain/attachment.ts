// Attachment metadata (附件): what an operator attached to a report or a
// result — name, size, type and the SHA-256 of the bytes, so a copy can be
// matched to the case and any alteration shows. The record travels with the
// case through the outbox and the server like any other field.
import { z } from 'zod';
import { refusalText } from './refusals.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/**
 * Bytes per chunk when a file crosses the contract (renderer ↔ core): small enough that one message
 * stays well under the transports' limits once base64-encoded, and the core never holds a whole
 * 20 MB file in one JSON string.
 */
export const ATTACHMENT_CHUNK_BYTES = 128 * 1024;

/** The hex SHA-256 that names an attachment's bytes everywhere: the record, the stores, the URL. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, refusalText('attachmentDigest'));

export const attachmentSchema = z.object({
  name: z.string().trim().min(1, refusalText('attachmentName')).max(200, refusalText('attachmentNameLong')),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES, refusalText('attachmentTooBig', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })),
  /** The MIME type as the picker reported it; empty when unknown. */
  type: z.string().max(100),
  sha256: sha256HexSchema,
  /** Which step attached it: the report or a result submission. */
  step: z.enum(['report', 'submit']),
  at: z.iso.datetime(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsSchema = z.array(attachmentSchema).max(MAX_ATTACHMENTS, refusalText('tooManyAttachments', { count: MAX_ATTACHMENTS }));

/**
 * Where an attachment's bytes are, as this workstation knows it: `pending` stored here and waiting
 * to upload; `uploaded` on the center (sent from here, or the center says it has them); `failed`
 * stored here but refused by the center (the reason says why); `missing` not here and not yet on the
 * center (the workstation that attached it has not uploaded it); `unknown` not here and the center
 * cannot be asked now (offline).
 */
export const attachmentStates = ['pending', 'uploaded', 'failed', 'missing', 'unknown'] as const;
export type AttachmentState = (typeof attachmentStates)[number];
