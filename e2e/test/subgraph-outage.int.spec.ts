import { graphql } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, SOLA } from './support/fixtures';

/**
 * Issue 9: a subgraph that is down is a retryable outage, not an internal error. Real services
 * and gateway; portfolios is stopped, so its port refuses connections.
 */
describe('gateway with a subgraph down', () => {
  let stack: E2EStack;
  beforeAll(async () => {
    stack = await startE2EStack();
    const admin = await stack.tokens.networkAdmin('digi-outage');
    await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-outage', stack.tokens);
    await stack.portfolios.service.stop();
  });
  afterAll(async () => {
    // portfolios is already stopped; stopping it again is harmless.
    await stack?.stop();
  });

  const post = async (query: string) => {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };

  it('answers HTTP 503 with a retryable SERVICE_UNAVAILABLE when nothing could be served', async () => {
    const res = await post(`{ portfolio(municipalityId: "${SOLA.id}") { municipalityId } }`);
    expect(res.status).toBe(503);
    expect(res.retryAfter).toBe('1');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true }]);
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|portfolios|ECONNREFUSED/);
  });

  it('serves what the other subgraphs answered, with the error beside it (HTTP 200)', async () => {
    const res = await post(`{ municipality(id: "${SOLA.id}") { name portfolio { municipalityId } } }`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ municipality: { name: SOLA.name, portfolio: null } });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('still answers queries that need only the subgraphs that are up', async () => {
    const res = await graphql(stack.gatewayUrl, `{ municipality(id: "${SOLA.id}") { name } }`, {});
    expect(res.errors).toBeUndefined();
  });
});
