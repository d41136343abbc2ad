import { Kafka, logLevel } from 'kafkajs';
import type { TopicSpec } from '@samspill/contracts';
import type { Logger } from '@samspill/server-config';
import { sleep } from './backoff';
import { pinoLogCreator } from './kafka-logger';

/**
 * kafkajs is unmaintained but mandated; it stays behind this folder's small publisher and
 * consumer classes so the rest of the code base never imports it.
 */
export function createKafka(clientId: string, brokers: string[], logger?: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers,
    // Services pass their logger: kafkajs warnings and errors go to the service log.
    logLevel: logger ? logLevel.WARN : logLevel.NOTHING,
    ...(logger ? { logCreator: pinoLogCreator(logger) } : {}),
    connectionTimeout: 3000,
    // Short client-level retries: the outbox relay owns the long-term retry with backoff.
    retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
  });
}

/**
 * Creates missing topics with explicit partitions and settings; existing ones are left alone.
 * Several services start at once and race to create the shared topics: "already exists" and
 * other retriable answers are retried until every topic exists and has a leader.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[], attempts = 20): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = specs.filter((s) => !existing.has(s.name));
        if (missing.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((s) => ({
              topic: s.name,
              numPartitions: s.partitions,
              replicationFactor: 1,
              configEntries: Object.entries(s.config).map(([name, value]) => ({ name, value })),
            })),
          });
        }
        await admin.fetchTopicMetadata({ topics: specs.map((s) => s.name) });
        return;
      } catch (err) {
        const e = err as { retriable?: boolean; type?: string };
        if (attempt >= attempts || (e.retriable === false && e.type !== 'TOPIC_ALREADY_EXISTS')) throw err;
        await sleep(250 * Math.min(attempt, 8));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

export function withPrefix(prefix: string, specs: TopicSpec[]): TopicSpec[] {
  return specs.map((s) => ({ ...s, name: `${prefix}${s.name}` }));
}
