import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createServiceDataSource, initialiseDataSource } from '@samspill/server-db';
import { EVENT_TABLE_MIGRATIONS, createKafka, ensureTopics, KafkaEventPublisher, OutboxRelay, recordEvent } from '@samspill/server-events';
import { createTestDatabase, parsePrometheusText, TestDatabase, testEnv, testLogger, waitUntil } from '@samspill/server-testing';
import { createServiceMetrics, meteredPublisher, registerOutboxGauges, ServiceMetrics } from '../src';

const SCHEMA = 'outbox_metrics_test';
const CHANNEL = 'outbox_metrics_test_outbox';
const TOPIC = 'samspill.outbox-metrics-test.events';

/** A port nothing listens on: connecting to it is refused at once, like a broker that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The outbox gauges against real PostgreSQL and real Kafka: while the relay cannot reach a
 * broker the backlog and its age grow; pointed at the real broker, it drains to zero and the
 * published counter moves by exactly the number of events.
 */
describe('outbox metrics while the broker is unreachable and after it returns', () => {
  const env = testEnv();
  const prefix = `m${randomBytes(3).toString('hex')}.`;
  let db: TestDatabase;
  let ds: DataSource;
  let metrics: ServiceMetrics;

  const scrape = async () => parsePrometheusText(await metrics.registry.metrics());
  const publishers: KafkaEventPublisher[] = [];
  const relayTo = (brokers: string[]) => {
    const publisher = new KafkaEventPublisher(createKafka(`metrics-${randomBytes(3).toString('hex')}`, brokers));
    publishers.push(publisher);
    return new OutboxRelay(
      ds,
      meteredPublisher(publisher, { published: (n) => metrics.relayPublished.inc(n), failed: () => metrics.relayFailures.inc() }),
      { databaseUrl: db.url, channel: CHANNEL, pollMs: 100, maxBackoffMs: 300, topicPrefix: prefix },
      testLogger(),
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    ds = createServiceDataSource({ url: db.url, schema: SCHEMA, entities: [], migrations: EVENT_TABLE_MIGRATIONS });
    await initialiseDataSource(ds, db.url, SCHEMA);
    await ensureTopics(createKafka('outbox-metrics-admin', env.KAFKA_BROKERS), [{ name: `${prefix}${TOPIC}`, partitions: 1, config: {} }]);
    metrics = createServiceMetrics('outbox-metrics-test', { processMetrics: false });
    registerOutboxGauges(metrics, ds);
  });
  afterAll(async () => {
    await Promise.all(publishers.map((p) => p.disconnect()));
    await ds?.destroy();
    await db?.drop();
  });

  it('reports the backlog growing while the broker is down and draining after it is back', async () => {
    expect((await scrape()).value('samspill_outbox_pending_rows')).toBe(0);
    const down = relayTo([`127.0.0.1:${await closedPort()}`]);
    await down.start();
    for (let i = 0; i < 5; i++) {
      await ds.transaction((m) =>
        recordEvent(m, { topic: TOPIC, source: '/test', channel: CHANNEL }, { type: 'NetworkCreated', subject: `n-${i}`, data: { networkId: `n-${i}`, name: `N ${i}`, region: 'Test' } }),
      );
    }
    const first = await waitUntil(async () => {
      const s = await scrape();
      return s.value('samspill_outbox_publish_failures_total') >= 1 && s.value('samspill_outbox_pending_rows') === 5 ? s : undefined;
    }, 30000, 'a failed publish with 5 rows pending');
    const firstAge = first.value('samspill_outbox_oldest_pending_age_seconds');
    expect(firstAge).toBeGreaterThan(0);
    // The backlog only ages while nothing gets through.
    await waitUntil(async () => ((await scrape()).value('samspill_outbox_oldest_pending_age_seconds') > firstAge ? true : undefined), 30000, 'the oldest row to age');
    expect((await scrape()).value('samspill_outbox_pending_rows')).toBe(5);
    await down.stop();

    const up = relayTo(env.KAFKA_BROKERS);
    await up.start();
    try {
      const drained = await waitUntil(async () => {
        const s = await scrape();
        return s.value('samspill_outbox_pending_rows') === 0 ? s : undefined;
      }, 60000, 'the outbox to drain');
      expect(drained.value('samspill_outbox_oldest_pending_age_seconds')).toBe(0);
      expect(drained.value('samspill_outbox_published_total')).toBe(5);
    } finally {
      await up.stop();
    }
  });
});
