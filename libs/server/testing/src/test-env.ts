import { z } from 'zod';
import { brokerList, loadConfig, postgresUrl } from '@samspill/server-config';
import pino from 'pino';

/** What integration tests need from the environment (tools/run/test.sh provides it). */
export const testEnv = () =>
  loadConfig(
    z.object({
      DATABASE_URL: postgresUrl,
      KAFKA_BROKERS: brokerList,
      TEST_LOG_LEVEL: z.string().default('silent'),
    }),
  );

export const testLogger = () => pino({ level: testEnv().TEST_LOG_LEVEL });

/** A fixed, test-only secret shared by the in-process gateway and subgraphs. */
export const TEST_INTERNAL_SECRET = 'integration-test-internal-secret-0123456789abcdef';
