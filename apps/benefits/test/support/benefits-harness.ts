import { randomBytes } from 'node:crypto';
import { createTestDatabase, TEST_INTERNAL_SECRET, testEnv, testLogger, TestDatabase } from '@samspill/server-testing';
import { BenefitsConfig, loadBenefitsConfig } from '../../src/config';
import { RunningService, startBenefits } from '../../src/app';

export interface BenefitsHarness {
  url: string;
  exportUrl: string;
  config: BenefitsConfig;
  db: TestDatabase;
  service: RunningService;
  stop(): Promise<void>;
}

/**
 * The real service in-process on random ports, against a fresh database and its own topic
 * namespace on the real broker, so test files never see each other's data or events.
 */
export async function startBenefitsHarness(): Promise<BenefitsHarness> {
  const env = testEnv();
  const db = await createTestDatabase(env.DATABASE_URL);
  const config = loadBenefitsConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}.`,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    BENEFITS_PORT: '0',
    BENEFITS_EXPORT_PORT: '0',
    OUTBOX_POLL_MS: '200',
  });
  const service = await startBenefits(config, testLogger());
  return {
    url: `http://127.0.0.1:${service.port}/graphql`,
    exportUrl: `http://127.0.0.1:${service.exportPort}/export`,
    config,
    db,
    service,
    async stop() {
      await service.stop();
      await db.drop();
    },
  };
}
