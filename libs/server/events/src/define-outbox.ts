import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventPayload, EventType } from '@samspill/contracts';
import { OutboxTarget, recordEvent } from './outbox-writer';

/** One service's outbox: its name, database schema, where its events go, and how to record one. */
export interface ServiceOutbox {
  service: string;
  /** PostgreSQL schema of the service (its name with `_` for `-`); also names the NOTIFY channel. */
  dbSchema: string;
  target: OutboxTarget;
  /** Records a domain event in the same transaction as the state change it describes. */
  publish<T extends EventType>(manager: EntityManager, type: T, subject: string, data: EventPayload<T>): Promise<EventEnvelope>;
}

/** Every service publishes the same way; only its name and topic differ. */
export function defineOutbox(service: string, topic: string): ServiceOutbox {
  const dbSchema = service.replace(/-/g, '_');
  const target: OutboxTarget = { topic, source: `/samspill/${service}`, channel: `${dbSchema}_outbox` };
  return {
    service,
    dbSchema,
    target,
    publish: (manager, type, subject, data) => recordEvent(manager, target, { type, subject, data }),
  };
}
