import { randomBytes } from 'node:crypto';
import type { Logger } from '@samspill/server-config';
import { createTestDatabase, TestDatabase } from './test-database';
import { TEST_INTERNAL_SECRET, testEnv, testLogger } from './test-env';

export interface ServiceHarness<C, S> {
  url: string;
  config: C;
  db: TestDatabase;
  service: S;
  stop(): Promise<void>;
}

/**
 * A real service in-process on a random port, against a fresh database and its own topic
 * namespace on the real broker, so test files never see each other's data or events.
 * `serviceEnv` adds the service's own variables (its port as '0', scheduler intervals, …).
 */
export async function startServiceHarness<C, S extends { port: number; stop(): Promise<void> }>(
  loadConfig: (env: Record<string, string>) => C,
  start: (config: C, logger: Logger) => Promise<S>,
  serviceEnv: Record<string, string>,
): Promise<ServiceHarness<C, S>> {
  const env = testEnv();
  const db = await createTestDatabase(env.DATABASE_URL);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}.`,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    OUTBOX_POLL_MS: '200',
    ...serviceEnv,
  });
  const service = await start(config, testLogger());
  // Services serve before their consumers joined (issue 9); tests start from a joined state.
  await (service as { consumersJoined?: Promise<void> }).consumersJoined;
  return {
    url: `http://127.0.0.1:${service.port}/graphql`,
    config,
    db,
    service,
    async stop() {
      await service.stop();
      await db.drop();
    },
  };
}
