import { randomBytes } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { ANONYMOUS } from '@samspill/server-auth';
import { callSubgraph, createTestDatabase, editorOf, envelope, TestDatabase, TEST_INTERNAL_SECRET, testEnv, testLogger, waitUntil } from '@samspill/server-testing';
import { loadPortfoliosConfig, PortfoliosConfig } from '../src/config';
import { RunningService, startPortfolios } from '../src/app';

/**
 * Issue 9: two instances of one service on the same database and broker. Both serve; when one
 * goes away, the other takes over its partitions (consumer group rebalance) and the outbox relay
 * (advisory-lock leadership), so events keep being consumed and published.
 */
describe('two portfolios instances (real PostgreSQL, real Kafka)', () => {
  const env = testEnv();
  let db: TestDatabase;
  let config: PortfoliosConfig;
  let a: RunningService;
  let b: RunningService;
  let publisher: KafkaEventPublisher;

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    config = loadPortfoliosConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: `two${randomBytes(3).toString('hex')}.`,
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      OUTBOX_POLL_MS: '200',
      PORTFOLIOS_PORT: '0',
    });
    a = await startPortfolios(config, testLogger());
    b = await startPortfolios(config, testLogger());
    await Promise.all([a.consumersJoined, b.consumersJoined]);
    publisher = new KafkaEventPublisher(createKafka('two-instances-producer', config.KAFKA_BROKERS));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  const joined = (municipalityId: string) =>
    publisher.publish([
      {
        topic: `${config.KAFKA_TOPIC_PREFIX}${TOPICS.networkStrategy}`,
        key: municipalityId,
        value: JSON.stringify(envelope('MunicipalityJoinedNetwork', municipalityId, { networkId: 'digi-two', municipalityId, joinedOn: '2025-01-01', invitationId: null })),
      },
    ]);
  const portfolioOf = (service: RunningService, municipalityId: string) =>
    waitUntil(async () => {
      const res = await callSubgraph(`http://127.0.0.1:${service.port}/graphql`, TEST_INTERNAL_SECRET, ANONYMOUS, `{ portfolio(municipalityId: "${municipalityId}") { municipalityId } }`);
      return res.data?.portfolio ?? undefined;
    }, 60000, `portfolio ${municipalityId}`);

  it('keeps consuming and publishing when one of the two instances stops', async () => {
    await joined('1124');
    await portfolioOf(b, '1124');

    await a.stop();
    await joined('1103');
    // The group rebalances to b, which consumes what a would have.
    await portfolioOf(b, '1103');

    const created = await callSubgraph(`http://127.0.0.1:${b.port}/graphql`, TEST_INTERNAL_SECRET, editorOf('1124'),
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { municipalityId: '1124', name: 'Etter failover' } });
    expect(created.errors).toBeUndefined();
    const id = created.data.createProject.id;
    // b's relay publishes it (a held no leadership it could keep).
    await waitUntil(async () => {
      const [row] = await b.dataSource.query(`SELECT status FROM outbox WHERE message_key = $1`, [id]);
      return row?.status === 'PUBLISHED' ? true : undefined;
    }, 60000, 'published by the remaining instance');
  });
});
