import { randomBytes } from 'node:crypto';
import { createTestDatabase, TEST_INTERNAL_SECRET, testEnv, testLogger, TestDatabase } from '@samspill/server-testing';
import { loadPortfoliosConfig, PortfoliosConfig } from '../../src/config';
import { RunningService, startPortfolios } from '../../src/app';

export interface PortfoliosHarness {
  url: string;
  config: PortfoliosConfig;
  db: TestDatabase;
  service: RunningService;
  stop(): Promise<void>;
}

/**
 * The real service in-process on a random port, against a fresh database and its own topic
 * namespace on the real broker, so test files never see each other's data or events.
 */
export async function startPortfoliosHarness(): Promise<PortfoliosHarness> {
  const env = testEnv();
  const db = await createTestDatabase(env.DATABASE_URL);
  const config = loadPortfoliosConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}.`,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    PORTFOLIOS_PORT: '0',
    OUTBOX_POLL_MS: '200',
  });
  const service = await startPortfolios(config, testLogger());
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
