import { eventEnvelopeSchema, EventEnvelope } from '../envelope';
import { isKnownEventType, payloadSchema } from './registry';

export type ParsedEvent =
  | { ok: true; event: EventEnvelope }
  | { ok: false; reason: string };

/** Validates raw bytes from the broker: JSON, envelope, known type and version, payload. */
export function parseEvent(raw: Buffer | string | null): ParsedEvent {
  if (raw === null) return { ok: false, reason: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    return { ok: false, reason: 'message is not JSON' };
  }
  const envelope = eventEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${envelope.error.message}` };
  const { type, dataversion } = envelope.data;
  if (!isKnownEventType(type)) return { ok: false, reason: `unknown event type ${type}` };
  const schema = payloadSchema(type, dataversion);
  if (!schema) return { ok: false, reason: `unknown version ${dataversion} of ${type}` };
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid ${type} v${dataversion} payload: ${data.error.message}` };
  return { ok: true, event: { ...envelope.data, data: data.data } };
}
