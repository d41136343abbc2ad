import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createServiceDataSource, initialiseDataSource } from '@samspill/server-db';
import { createTestDatabase, TestDatabase, testEnv, testLogger, TopicReader, waitUntil } from '@samspill/server-testing';
import { EVENT_TABLE_MIGRATIONS, createKafka, ensureTopics, KafkaEventPublisher, OutboxRelay, recordEvent } from '../src';

const SCHEMA = 'relay_test';
const isSentinel = (m: { value: string | null }) => JSON.parse(m.value!).data.networkId === 'sentinel';

/** Two relays on one outbox, real PostgreSQL and real Kafka: every row is published exactly once, in order per key. */
describe('OutboxRelay', () => {
  const env = testEnv();
  const prefix = `r${randomBytes(3).toString('hex')}.`;
  const topic = 'samspill.relay-test.events';
  let db: TestDatabase;
  let ds: DataSource;
  let reader: TopicReader;

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    ds = createServiceDataSource({ url: db.url, schema: SCHEMA, entities: [], migrations: EVENT_TABLE_MIGRATIONS });
    await initialiseDataSource(ds, db.url, SCHEMA);
    await ensureTopics(createKafka('relay-test-admin', env.KAFKA_BROKERS), [{ name: `${prefix}${topic}`, partitions: 3, config: {} }]);
    reader = await new TopicReader(env.KAFKA_BROKERS, `${prefix}${topic}`).start();
  });
  afterAll(async () => {
    await reader?.stop();
    await ds?.destroy();
    await db?.drop();
  });

  it('publishes 300 events from two concurrent relays exactly once, in order per aggregate', async () => {
    const keys = Array.from({ length: 10 }, () => randomUUID());
    for (let i = 0; i < 300; i++) {
      await ds.transaction((m) =>
        recordEvent(m, { topic, source: '/test', channel: 'relay_test_outbox' }, {
          type: 'NetworkCreated',
          subject: keys[i % keys.length],
          data: { networkId: `n-${i}`, name: `Network ${i}`, region: 'Test' },
        }),
      );
    }
    const publishers = [0, 1].map(() => new KafkaEventPublisher(createKafka(`relay-${randomUUID()}`, env.KAFKA_BROKERS)));
    const relays = publishers.map(
      (publisher) =>
        new OutboxRelay(
          ds,
          publisher,
          { databaseUrl: db.url, channel: 'relay_test_outbox', pollMs: 50, batchSize: 7, topicPrefix: prefix },
          testLogger(),
        ),
    );
    await Promise.all(relays.map((r) => r.start()));
    try {
      await reader.waitFor((ms) => ms.length >= 300, 60000);
      // Once every row is PUBLISHED, no relay holds one any more: every send (duplicates included)
      // has been acknowledged. A sentinel per key, published after that, then proves the reader has
      // consumed everything before it on each partition, so the count below is final.
      await waitUntil(async () => {
        const [{ pending }] = await ds.query(`SELECT count(*) FILTER (WHERE status <> 'PUBLISHED') AS pending FROM outbox`);
        return Number(pending) === 0 ? true : undefined;
      }, 30000, 'every outbox row published');
      for (const key of keys) {
        await ds.transaction((m) =>
          recordEvent(m, { topic, source: '/test', channel: 'relay_test_outbox' }, { type: 'NetworkCreated', subject: key, data: { networkId: 'sentinel', name: 'Sentinel', region: 'Test' } }),
        );
      }
      await reader.waitFor((ms) => ms.filter(isSentinel).length >= keys.length, 60000);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await Promise.all(publishers.map((p) => p.disconnect()));
    }
    const ids = reader.messages.filter((m) => !isSentinel(m)).map((m) => JSON.parse(m.value!).id);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    for (const key of keys) {
      const sequence = reader.messages.filter((m) => m.key === key && !isSentinel(m)).map((m) => Number(JSON.parse(m.value!).data.networkId.slice(2)));
      expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    }
    const [{ pending }] = await ds.query(`SELECT count(*) FILTER (WHERE status <> 'PUBLISHED') AS pending FROM outbox`);
    expect(Number(pending)).toBe(0);
  });

  it('rolls the event back with the transaction that failed', async () => {
    const before = Number((await ds.query(`SELECT count(*) AS n FROM outbox`))[0].n);
    await expect(
      ds.transaction(async (m) => {
        await recordEvent(m, { topic, source: '/test', channel: 'relay_test_outbox' }, {
          type: 'NetworkCreated',
          subject: 'rolled-back',
          data: { networkId: 'rolled-back', name: 'x', region: 'y' },
        });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(Number((await ds.query(`SELECT count(*) AS n FROM outbox`))[0].n)).toBe(before);
  });

  it('refuses to record a payload that violates its contract', async () => {
    await expect(
      ds.transaction((m) =>
        recordEvent(m, { topic, source: '/test', channel: 'relay_test_outbox' }, {
          type: 'MunicipalityJoinedNetwork',
          subject: 'x',
          data: { networkId: 'n', municipalityId: '12345', joinedOn: '2025-01-01', invitationId: null },
        }),
      ),
    ).rejects.toThrow();
  });
});
