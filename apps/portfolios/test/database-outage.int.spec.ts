import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { TOPICS } from '@samspill/contracts';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { createTestDatabase, editorOf, envelope, EVERY_TARGET, graphql, TcpFaultProxy, TestDatabase, TEST_INTERNAL_SECRET, testEnv, TopicReader, waitUntil } from '@samspill/server-testing';
import { MEMBERS_CONSUMER } from '../src/membership/membership.consumer';
import { loadPortfoliosConfig } from '../src/config';
import { RunningService, startPortfolios } from '../src/app';

/**
 * Issue 9: while the database is unreachable, a request gets a retryable SERVICE_UNAVAILABLE,
 * never INTERNAL_SERVER_ERROR — also a mutation sent with an Idempotency-Key, whose key is
 * claimed in the database before the resolver runs (found by `npm run fault -- postgres-restart`).
 * The database is reached through a TCP proxy the test takes down and brings back.
 */
describe('portfolios during a database outage (real PostgreSQL behind a proxy)', () => {
  const env = testEnv();
  let db: TestDatabase;
  let proxy: TcpFaultProxy;
  let service: RunningService;
  let prefix: string;
  /** The service's warnings and errors, to see its consumer retry. */
  const logged: { msg: string; eventId?: string }[] = [];

  beforeAll(async () => {
    prefix = `dbo${randomBytes(3).toString('hex')}.`;
    db = await createTestDatabase(env.DATABASE_URL);
    const url = new URL(db.url);
    proxy = await new TcpFaultProxy(url.hostname, Number(url.port || 5432)).start('up');
    url.host = proxy.address;
    service = await startPortfolios(
      loadPortfoliosConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
        OUTBOX_POLL_MS: '200',
        PORTFOLIOS_PORT: '0',
      }),
      pino({ level: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line)) }),
    );
    await service.consumersJoined;
  });
  afterAll(async () => {
    await proxy?.setMode('up');
    await service?.stop();
    await proxy?.stop();
    await db?.drop();
  });

  const createProject = async (headers: Record<string, string>) => {
    const identity = await signForwardedIdentity(editorOf('1124'), 'test-request', TEST_INTERNAL_SECRET, EVERY_TARGET);
    return graphql(
      `http://127.0.0.1:${service.port}/graphql`,
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id name } }`,
      { input: { municipalityId: '1124', name: 'Under databasebrudd', serviceArea: 'GENERAL' } },
      undefined,
      { [FORWARDED_IDENTITY_HEADER]: identity, ...headers },
    );
  };

  it('answers a retryable SERVICE_UNAVAILABLE with or without an Idempotency-Key, and the retry succeeds once it is back', async () => {
    const key = randomUUID();
    await proxy.setMode('down');
    for (const headers of [{}, { 'idempotency-key': key }] as Record<string, string>[]) {
      const res = await createProject(headers);
      expect({ headers, extensions: res.errors?.map((e) => e.extensions) }).toEqual({ headers, extensions: [{ code: 'SERVICE_UNAVAILABLE', retryable: true }] });
      expect(res.data ?? null).toBeNull();
    }

    await proxy.setMode('up');
    const first = await createProject({ 'idempotency-key': key });
    expect(first.errors).toBeUndefined();
    const again = await createProject({ 'idempotency-key': key });
    expect(again.data).toEqual(first.data);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM project`);
    expect(n).toBe(1);
  });

  it('keeps retrying an event while the database is down and applies it once it is back, never dead-letters it', async () => {
    const dlq = await new TopicReader(env.KAFKA_BROKERS, `${prefix}samspill.dlq.${MEMBERS_CONSUMER}`).start();
    const publisher = new KafkaEventPublisher(createKafka('database-outage-test', env.KAFKA_BROKERS));
    try {
      await proxy.setMode('down');
      const joined = envelope('MunicipalityJoinedNetwork', '1103', { networkId: 'digi-outage', municipalityId: '1103', joinedOn: '2025-01-01', invitationId: null });
      await publisher.publish([{ topic: `${prefix}${TOPICS.networkStrategy}`, key: '1103', value: JSON.stringify(joined) }]);
      // More attempts than the consumer makes for a failing handler before it dead-letters (5), or a dead letter.
      await waitUntil(
        async () => (logged.filter((l) => l.eventId === joined.id).length > 6 || logged.some((l) => l.msg === 'message sent to dead-letter topic') ? true : undefined),
        60000,
        'retries of the event',
      );
      expect(logged.filter((l) => l.msg === 'message sent to dead-letter topic')).toEqual([]);

      await proxy.setMode('up');
      await waitUntil(async () => ((await service.dataSource.query(`SELECT 1 FROM network_member WHERE municipality_id = '1103'`)).length === 1 ? true : undefined), 60000, 'event applied');
      expect(dlq.messages.filter((m) => m.key === '1103')).toEqual([]);
    } finally {
      await proxy.setMode('up');
      await publisher.disconnect();
      await dlq.stop();
    }
  });
});
