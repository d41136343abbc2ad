import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createServiceDataSource, initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, TestDatabase, testEnv, testLogger, TopicReader, waitUntil } from '@samspill/server-testing';
import {
  EVENT_TABLE_MIGRATIONS,
  createKafka,
  ensureTopics,
  EventPublisher,
  KafkaEventPublisher,
  OutboxRelay,
  OutgoingMessage,
  recordEvent,
  redriveParkedRows,
} from '../src';

const SCHEMA = 'relay_outage_test';
const CHANNEL = 'relay_outage_outbox';

/** A port nothing listens on: connecting to it is refused, like a broker that was killed. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Publishes through whichever real kafkajs publisher is current; the test switches it when the "broker returns". */
class SwitchablePublisher implements EventPublisher {
  constructor(public current: EventPublisher) {}
  publish(messages: OutgoingMessage[]) {
    return this.current.publish(messages);
  }
  disconnect() {
    return this.current.disconnect();
  }
}

/**
 * Issue 9: during a broker outage kafkajs reports an exhausted retry as non-retriable, and
 * the relay used to mark rows DEAD after ten of those. Real PostgreSQL, real kafkajs errors
 * (connection refused), then the real broker.
 */
describe('OutboxRelay through a broker outage', () => {
  const env = testEnv();
  const prefix = `ro${randomBytes(3).toString('hex')}.`;
  const topic = 'samspill.relay-outage-test.events';
  const bigTopic = 'samspill.relay-outage-test.small-limit';
  let db: TestDatabase;
  let ds: DataSource;
  let reader: TopicReader;

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    ds = createServiceDataSource({ url: db.url, schema: SCHEMA, entities: [], migrations: EVENT_TABLE_MIGRATIONS });
    await initialiseDataSource(ds, db.url, SCHEMA);
    await ensureTopics(createKafka('relay-outage-admin', env.KAFKA_BROKERS), [
      { name: `${prefix}${topic}`, partitions: 3, config: {} },
      { name: `${prefix}${bigTopic}`, partitions: 1, config: { 'max.message.bytes': '4096' } },
    ]);
    reader = await new TopicReader(env.KAFKA_BROKERS, `${prefix}${topic}`).start();
  });
  afterAll(async () => {
    await reader?.stop();
    await ds?.destroy();
    await db?.drop();
  });

  const record = (t: string, key: string, name: string) =>
    ds.transaction((m) =>
      recordEvent(m, { topic: t, source: '/test', channel: CHANNEL }, {
        type: 'NetworkCreated',
        subject: key,
        data: { networkId: name, name, region: 'Test' },
      }),
    );

  it('never gives up on rows while the broker is unreachable, and publishes them in order when it returns', async () => {
    const keys = Array.from({ length: 4 }, () => randomUUID());
    for (let i = 0; i < 40; i++) await record(topic, keys[i % keys.length], `n-${i}`);

    // A client whose own retries exhaust quickly, so the relay sees many KafkaJSNumberOfRetriesExceeded.
    const down = new Kafka({ clientId: 'down', brokers: [`127.0.0.1:${await deadPort()}`], logLevel: logLevel.NOTHING, retry: { retries: 1, initialRetryTime: 20, maxRetryTime: 50 } });
    const publisher = new SwitchablePublisher(new KafkaEventPublisher(down));
    const relay = new OutboxRelay(ds, publisher, { databaseUrl: db.url, channel: CHANNEL, pollMs: 50, batchSize: 15, initialBackoffMs: 10, maxBackoffMs: 50, topicPrefix: prefix }, testLogger());
    await relay.start();
    try {
      // Well past the ten failures after which the old relay declared the rows dead.
      await waitUntil(async () => {
        const [{ attempts }] = await ds.query(`SELECT max(attempts)::int AS attempts FROM outbox`);
        return attempts >= 15 ? true : undefined;
      }, 60000, '15 failed attempts');
      expect(relay.health().state).toBe('retrying');
      const [{ dead }] = await ds.query(`SELECT count(*) FILTER (WHERE status = 'DEAD')::int AS dead FROM outbox`);
      expect(dead).toBe(0);

      publisher.current = new KafkaEventPublisher(createKafka(`relay-${randomUUID()}`, env.KAFKA_BROKERS));
      await reader.waitFor((ms) => ms.length >= 40, 60000);
      await waitUntil(async () => (relay.health().state === 'ok' ? true : undefined), 10000, 'relay healthy');
    } finally {
      await relay.stop();
      await publisher.disconnect();
    }
    const ids = reader.messages.map((m) => JSON.parse(m.value!).id);
    expect(new Set(ids).size).toBe(40);
    for (const key of keys) {
      const sequence = reader.messages.filter((m) => m.key === key).map((m) => Number(JSON.parse(m.value!).data.networkId.slice(2)));
      expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    }
    const [{ unpublished }] = await ds.query(`SELECT count(*) FILTER (WHERE status <> 'PUBLISHED')::int AS unpublished FROM outbox`);
    expect(unpublished).toBe(0);
  });

  it('parks only a message the broker refuses for good, publishes the rest of its key, and re-drives it on request', async () => {
    const key = randomUUID();
    await record(bigTopic, key, 'small-1');
    const big = await record(bigTopic, key, 'big');
    // Bigger than the topic's max.message.bytes (the contract itself would refuse such a payload).
    await ds.query(`UPDATE outbox SET envelope = jsonb_set(envelope, '{data,region}', to_jsonb(repeat('x', 8000))) WHERE id = $1`, [big.id]);
    await record(bigTopic, key, 'small-2');
    const publisher = new KafkaEventPublisher(createKafka(`relay-${randomUUID()}`, env.KAFKA_BROKERS));
    const relay = new OutboxRelay(ds, publisher, { databaseUrl: db.url, channel: CHANNEL, pollMs: 50, topicPrefix: prefix }, testLogger());
    await relay.start();
    try {
      const status = () => ds.query(`SELECT envelope->'data'->>'networkId' AS name, status FROM outbox WHERE topic = $1 ORDER BY seq`, [bigTopic]);
      const rows = await waitUntil(async () => {
        const rs: { name: string; status: string }[] = await status();
        return rs.every((r) => r.status !== 'PENDING') ? rs : undefined;
      }, 30000, 'all rows settled');
      expect(rows.map((r) => r.status)).toEqual(['PUBLISHED', 'DEAD', 'PUBLISHED']);
      expect(relay.health().parkedSinceStart).toBe(1);

      expect(await redriveParkedRows(ds, SCHEMA)).toBe(1);
      await waitUntil(async () => (relay.health().parkedSinceStart === 2 ? true : undefined), 30000, 'parked again');
    } finally {
      await relay.stop();
      await publisher.disconnect();
    }
  });
});
