import type { EntityManager } from 'typeorm';
import { EventPayload, EventType, TOPICS } from '@samspill/contracts';
import { OutboxTarget, recordEvent } from '@samspill/server-events';

export const SERVICE_NAME = 'benefits';
export const DB_SCHEMA = 'benefits';

export const OUTBOX: OutboxTarget = {
  topic: TOPICS.benefits,
  source: `/samspill/${SERVICE_NAME}`,
  channel: `${DB_SCHEMA}_outbox`,
};

/** Records a domain event in the same transaction as the state change it describes. */
export function publish<T extends EventType>(manager: EntityManager, type: T, subject: string, data: EventPayload<T>) {
  return recordEvent(manager, OUTBOX, { type, subject, data });
}
