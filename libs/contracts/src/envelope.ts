import { z } from 'zod';

/**
 * CloudEvents 1.0 structured-mode envelope. `dataversion` is our extension attribute:
 * the payload schema version, so consumers can accept old and new payloads side by side.
 * `traceparent` / `tracestate` are the CloudEvents distributed-tracing extension (W3C Trace
 * Context of the request that caused the event), present when the producer was tracing.
 */
export const eventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  dataversion: z.number().int().positive(),
  traceparent: z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/).optional(),
  tracestate: z.string().max(512).optional(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & {
  data: TData;
};
