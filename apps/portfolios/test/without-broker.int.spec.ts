/* eslint-disable @typescript-eslint/no-explicit-any -- /health and /ready bodies are read ad hoc by shape. */
import { randomBytes } from 'node:crypto';
import { createTestDatabase, editorOf, TestDatabase, TcpFaultProxy, TEST_INTERNAL_SECRET, callSubgraph, testEnv, testLogger, waitUntil } from '@samspill/server-testing';
import { loadPortfoliosConfig } from '../src/config';
import { RunningService, startPortfolios } from '../src/app';


/**
 * Issue 9: a service serves, and accepts writes, while the broker is unreachable; its
 * consumers join and its outbox drains once the broker appears. The broker is reached through
 * a TCP proxy that refuses connections until the test "brings the broker back".
 */
describe('portfolios without a broker (real PostgreSQL, real Kafka behind a proxy)', () => {
  const env = testEnv();
  let db: TestDatabase;
  let proxy: TcpFaultProxy;
  let service: RunningService | undefined;

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    const [host, port] = env.KAFKA_BROKERS[0].split(':');
    proxy = await new TcpFaultProxy(host, Number(port)).start('down');
  });
  afterAll(async () => {
    await service?.stop();
    await proxy?.stop();
    await db?.drop();
  });

  const http = async (path: string): Promise<{ status: number; body: any }> => {
    const res = await fetch(`http://127.0.0.1:${service!.port}${path}`);
    return { status: res.status, body: await res.json() };
  };

  it('serves and accepts writes with the broker down, then publishes and consumes when it returns', async () => {
    const config = loadPortfoliosConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      KAFKA_BROKERS: proxy.address,
      KAFKA_TOPIC_PREFIX: `nb${randomBytes(3).toString('hex')}.`,
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      OUTBOX_POLL_MS: '200',
      PORTFOLIOS_PORT: '0',
    });
    service = await startPortfolios(config, testLogger());

    expect((await http('/ready')).status).toBe(200);
    const degraded = await http('/health');
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({ status: 'degraded', dependencies: { postgres: { ok: true }, kafka: { ok: false } } });

    const created = await callSubgraph(`http://127.0.0.1:${service.port}/graphql`, TEST_INTERNAL_SECRET, editorOf('1124'),
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { municipalityId: '1124', name: 'Skriv uten megler', serviceArea: 'GENERAL' } });
    expect(created.errors).toBeUndefined();
    const id = created.data.createProject.id;
    const status = async () => (await service!.dataSource.query(`SELECT status FROM outbox WHERE message_key = $1`, [id]))[0]?.status;
    expect(await status()).toBe('PENDING');

    await proxy.setMode('up');
    await waitUntil(async () => ((await status()) === 'PUBLISHED' ? true : undefined), 60000, 'event published');
    await service.consumersJoined;
    const healthy = await waitUntil(async () => {
      const h = await http('/health');
      return h.body.status === 'ok' ? h.body : undefined;
    }, 60000, 'healthy');
    expect(healthy.dependencies.kafka.consumers.every((c: { state: string }) => c.state === 'running')).toBe(true);
  });
});
