import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventPayload, EventType } from '@samspill/contracts';

/**
 * A raw CloudEvents envelope as a service's outbox relay would publish it, for tests that feed a
 * consumer directly. `data` is checked against the event's payload type at compile time.
 */
export function envelope<T extends EventType>(
  type: T,
  subject: string,
  data: EventPayload<T>,
  overrides: Partial<Omit<EventEnvelope, 'type' | 'subject' | 'data'>> = {},
): EventEnvelope<EventPayload<T>> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/samspill/test',
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataversion: 1,
    data,
    ...overrides,
  };
}
