// A case as the center, the seats and the map see it: the workflow's record
// plus what was reported. One record, so the state machine's output is the
// case itself and no field lives in two places.
import { z } from 'zod';
import { caseSources, gridCodeSchema, lngLatSchema, platforms } from './model.ts';
import { workflowCaseSchema } from './workflow-case.ts';
import { attachmentsSchema } from './attachment.ts';

export const caseSchema = workflowCaseSchema.extend({
  id: z.uuid(),
  /** Human code from the server, e.g. JQ-20261126-0042; null until the server has seen the case. */
  code: z.string().nullable(),
  title: z.string().min(1).max(200),
  description: z.string().max(4000),
  source: z.enum(caseSources),
  platform: z.enum(platforms),
  gridCode: gridCodeSchema.nullable(),
  point: lngLatSchema,
  address: z.string().max(200),
  reporter: z.string().max(100),
  /** Files attached on report and result (metadata); absent on cases that never had any. */
  attachments: attachmentsSchema.optional(),
});
export type Case = z.infer<typeof caseSchema>;
