export * from './kafka-client';
export * from './event-publisher';
export * from './event-tables.migration';
export * from './outbox-writer';
export * from './outbox-relay';
export * from './idempotent-consumer';
export * from './backoff';
export * from './broadcast-subscriber';
