export * from './idempotency.plugin';
export * from './idempotency-store';
export * from './idempotency-keys.migration';
