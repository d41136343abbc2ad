import type { EventPublisher, OutgoingMessage } from '@samspill/server-events';

/** Counts what goes through a publisher without changing what it does. */
export function meteredPublisher(
  inner: EventPublisher,
  counters: { published(count: number): void; failed?(): void },
): EventPublisher {
  return {
    async publish(messages: OutgoingMessage[]) {
      try {
        await inner.publish(messages);
      } catch (err) {
        counters.failed?.();
        throw err;
      }
      counters.published(messages.length);
    },
    disconnect: () => inner.disconnect(),
  };
}
