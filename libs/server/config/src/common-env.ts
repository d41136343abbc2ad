import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const nodeEnv = z.enum(['development', 'test', 'production']).default('development');

/** Comma-separated host:port list, e.g. "127.0.0.1:9092,127.0.0.1:9094". */
export const brokerList = z
  .string()
  .default('127.0.0.1:9092')
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'expected host:port')).min(1));

export const postgresUrl = z
  .string({ error: 'is required (e.g. postgres://postgres@127.0.0.1:5432/samspill)' })
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

export const secret = (name: string) =>
  z.string({ error: `is required (${name})` }).min(32, 'must be at least 32 characters');

/** Environment shared by every subgraph service; each adds its own port variable. */
export const subgraphEnvShape = {
  NODE_ENV: nodeEnv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl,
  KAFKA_BROKERS: brokerList,
  INTERNAL_AUTH_SECRET: secret('shared secret the gateway signs forwarded identities with'),
  /** Prefix for every topic and consumer group, so environments or test runs can share a cluster. */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[a-zA-Z0-9._-]*$/, 'letters, digits, dot, dash and underscore only').default(''),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(500),
  /** Only the gateway should reach a subgraph: loopback unless a deployment says otherwise (e.g. 0.0.0.0 in containers). */
  BIND_HOST: z.string().min(1).default('127.0.0.1'),
};

export { port };
