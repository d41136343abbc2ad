import { randomBytes, randomUUID } from 'node:crypto';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@samspill/server-auth';
import { createTestDatabase, editorOf, EVERY_TARGET, graphql, TcpFaultProxy, TestDatabase, TEST_INTERNAL_SECRET, testEnv, testLogger } from '@samspill/server-testing';
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

  beforeAll(async () => {
    db = await createTestDatabase(env.DATABASE_URL);
    const url = new URL(db.url);
    proxy = await new TcpFaultProxy(url.hostname, Number(url.port || 5432)).start('up');
    url.host = proxy.address;
    service = await startPortfolios(
      loadPortfoliosConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
        KAFKA_TOPIC_PREFIX: `dbo${randomBytes(3).toString('hex')}.`,
        INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
        OUTBOX_POLL_MS: '200',
        PORTFOLIOS_PORT: '0',
      }),
      testLogger(),
    );
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
});
