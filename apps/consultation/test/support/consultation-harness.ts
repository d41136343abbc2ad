import { randomBytes } from 'node:crypto';
import { createTestDatabase, TEST_INTERNAL_SECRET, testEnv, testLogger, TestDatabase } from '@samspill/server-testing';
import { ConsultationConfig, loadConsultationConfig } from '../../src/config';
import { RunningService, startConsultation } from '../../src/app';

export interface ConsultationHarness {
  url: string;
  config: ConsultationConfig;
  db: TestDatabase;
  service: RunningService;
  stop(): Promise<void>;
}

/**
 * The real service in-process on a random port, against a fresh database and its own topic
 * namespace on the real broker, so test files never see each other's data or events.
 */
export async function startConsultationHarness(): Promise<ConsultationHarness> {
  const env = testEnv();
  const db = await createTestDatabase(env.DATABASE_URL);
  const config = loadConsultationConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}.`,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    CONSULTATION_PORT: '0',
    OUTBOX_POLL_MS: '200',
    CONSULTATION_SCHEDULER_MS: '200',
  });
  const service = await startConsultation(config, testLogger());
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
