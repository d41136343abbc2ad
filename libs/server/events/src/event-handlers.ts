import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventPayload, EventType } from '@samspill/contracts';

/** What a handler gets besides the payload: the envelope's attributes and the inbox transaction. */
export interface EventMeta {
  id: string;
  type: EventType;
  subject: string;
  source: string;
  time: string;
  dataversion: number;
  /** The transaction that also records the event as processed: the effect commits with it. */
  manager: EntityManager;
}

/** Handles one event type; `data` is that event's payload type. */
export type On<T extends EventType> = (data: EventPayload<T>, meta: EventMeta) => Promise<void>;

/**
 * A consumer's handlers, keyed by event type. `on` only accepts names from the contracts
 * registry and types `data` from that name, so a misspelt event name does not compile
 * (instead of silently never firing) and handlers need no casts.
 */
export class EventHandlers {
  private readonly byType = new Map<EventType, (event: EventEnvelope, manager: EntityManager) => Promise<void>>();

  // NoInfer: the name alone picks the payload type; a handler written for another event must fit it.
  on<T extends EventType>(type: T, handler: (data: EventPayload<NoInfer<T>>, meta: EventMeta) => Promise<void>): this {
    if (this.byType.has(type)) throw new Error(`a handler for ${type} is already registered`);
    // The consumer parsed `event.data` against the contract of `event.type` before it gets here.
    this.byType.set(type, (event, manager) => {
      const { data, ...attributes } = event;
      return handler(data as EventPayload<T>, { ...attributes, type, manager });
    });
    return this;
  }

  /** The event types handled, e.g. to check a consumer subscribes to their topics. */
  types(): EventType[] {
    return [...this.byType.keys()];
  }

  /** Applies a parsed event, or returns false if this consumer does not handle its type. */
  async apply(event: EventEnvelope, manager: EntityManager): Promise<boolean> {
    const handler = this.byType.get(event.type as EventType);
    if (!handler) return false;
    await handler(event, manager);
    return true;
  }

  handles(type: string): boolean {
    return this.byType.has(type as EventType);
  }
}

/** Starts a consumer's handler registry: `eventHandlers().on('AdoptionDecided', async (data, { manager }) => …)`. */
export const eventHandlers = () => new EventHandlers();
