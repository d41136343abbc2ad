export * from './test-env';
export * from './topic-reader';
export * from './graphql-client';
export * from './dev-tokens';
export * from './wait-until';
export { createTestDatabase } from '@samspill/server-db';
export type { TestDatabase } from '@samspill/server-db';
export * from './service-harness';
export * from './migrated-database';
