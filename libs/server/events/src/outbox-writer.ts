import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventEnvelope, EventPayload, EventType, latestVersion, payloadSchema } from '@samspill/contracts';
import { currentTraceContext } from './trace-context';

export interface OutboxEvent<T extends EventType> {
  type: T;
  /** The aggregate the event is about; also the Kafka message key, so its events stay ordered. */
  subject: string;
  data: EventPayload<T>;
}

export interface OutboxTarget {
  topic: string;
  /** CloudEvents `source`, e.g. "/samspill/network-strategy". */
  source: string;
  /** NOTIFY channel the relay listens on, to publish without waiting for its next poll. */
  channel: string;
}

/**
 * Records an event in the caller's transaction, so the state change and its event commit
 * or roll back together. The payload is validated against its contract before it is stored:
 * a schema violation is a programming error and aborts the whole transaction.
 */
export async function recordEvent<T extends EventType>(
  manager: EntityManager,
  target: OutboxTarget,
  event: OutboxEvent<T>,
): Promise<EventEnvelope> {
  const version = latestVersion(event.type);
  const data = payloadSchema(event.type, version)!.parse(event.data);
  // The request's trace travels with the event (CloudEvents distributed-tracing extension).
  const trace = currentTraceContext();
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id: randomUUID(),
    source: target.source,
    type: event.type,
    subject: event.subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataversion: version,
    ...trace,
    data,
  };
  await manager.query(
    `INSERT INTO outbox (id, topic, message_key, event_type, envelope, traceparent, tracestate) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [envelope.id, target.topic, event.subject, event.type, JSON.stringify(envelope), trace.traceparent ?? null, trace.tracestate ?? null],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [target.channel]);
  return envelope;
}
