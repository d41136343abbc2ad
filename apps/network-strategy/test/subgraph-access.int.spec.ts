import { ANONYMOUS } from '@samspill/server-auth';
import { callSubgraph, errorCodes, graphql, TEST_INTERNAL_SECRET } from '@samspill/server-testing';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from './support/network-strategy-harness';

describe('network-strategy subgraph: direct access', () => {
  let h: NetworkStrategyHarness;
  beforeAll(async () => {
    h = await startNetworkStrategyHarness();
  });
  afterAll(() => h?.stop());

  it('refuses a request that did not come through the gateway', async () => {
    const res = await graphql(h.url, '{ networks { totalCount } }');
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a forwarded identity signed with another secret', async () => {
    const res = await callSubgraph(h.url, 'x'.repeat(48), ANONYMOUS, '{ networks { totalCount } }');
    expect(res.status).toBe(401);
  });

  it('serves a request with a valid forwarded identity', async () => {
    const res = await callSubgraph(h.url, TEST_INTERNAL_SECRET, ANONYMOUS, '{ networks { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.networks.totalCount).toBe(0);
  });

  it('answers liveness and readiness', async () => {
    const base = h.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
