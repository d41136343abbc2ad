import { errorCodes, graphql } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';

const RESPONSE_MAX_BYTES = 4096;

/** GraphQL requests every subgraph has served, from their Prometheus histograms. */
async function subgraphRequests(stack: E2EStack): Promise<number> {
  let total = 0;
  for (const { url } of [stack.networkStrategy, stack.portfolios, stack.consultation, stack.benefits]) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    for (const line of text.split('\n')) {
      if (line.startsWith('samspill_graphql_request_duration_seconds_count')) total += Number(line.split(' ').pop());
    }
  }
  return total;
}

/** Cost budget and response size cap of the real gateway in front of the real services (issue 11). */
describe('gateway cost and size limits', () => {
  let stack: E2EStack;

  beforeAll(async () => {
    stack = await startE2EStack({ gatewayEnv: { RESPONSE_MAX_BYTES: String(RESPONSE_MAX_BYTES) } });
  });
  afterAll(() => stack?.stop());

  // 20 municipalities × 50 adoption cases × their initiative × its 50 cases × … (the nesting that returned 2.5 MB).
  const EXPENSIVE = '{ municipalities { edges { node { adoptionCases { initiative { adoptionCases { project { statusReports { overall } } } } } } } } }';

  it('refuses a query over the budget with COST_LIMIT_EXCEEDED, its cost and the budget, before any subgraph is called', async () => {
    const first = await subgraphRequests(stack);
    expect((await graphql(stack.gatewayUrl, '{ networks(first: 1) { totalCount } }')).errors).toBeUndefined();
    const before = await subgraphRequests(stack);
    expect(before).toBeGreaterThan(first); // the count does see subgraph calls
    const res = await graphql(stack.gatewayUrl, EXPENSIVE);
    expect(errorCodes(res)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.data).toBeUndefined();
    const { cost, budget } = res.errors![0].extensions as { cost: number; budget: number };
    expect(budget).toBe(25000);
    expect(cost).toBeGreaterThan(budget);
    // application/json: 200 per GraphQL over HTTP; application/graphql-response+json: 400.
    expect(res.status).toBe(200);
    const strict = await graphql(stack.gatewayUrl, EXPENSIVE, {}, undefined, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(errorCodes(strict)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(await subgraphRequests(stack)).toBe(before);
  });

  it('counts page sizes from variables, so a variable cannot hide a large page', async () => {
    const query = 'query($n: Int!) { networks(first: $n) { edges { node { members { municipality { projects { id } } } } } } }';
    const small = await graphql(stack.gatewayUrl, query, { n: 1 });
    expect(small.errors).toBeUndefined();
    const large = await graphql(stack.gatewayUrl, query, { n: 100 });
    expect(errorCodes(large)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('leaves a cheap query alone, and still reports bad variables as BAD_USER_INPUT', async () => {
    const res = await graphql(stack.gatewayUrl, '{ networks(first: 5) { totalCount } }');
    expect(res.errors).toBeUndefined();
    const bad = await graphql(stack.gatewayUrl, 'query($n: Int!) { networks(first: $n) { totalCount } }', { n: 'many' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('replaces a response over the size cap with RESPONSE_TOO_LARGE, never a truncated body', async () => {
    // The schema's type names: cheap to estimate, but several kilobytes of JSON.
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBeLessThan(RESPONSE_MAX_BYTES);
    const body = JSON.parse(text) as { data?: unknown; errors: { extensions: { code: string; bytes: number; maxBytes: number } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(body.errors[0].extensions.maxBytes).toBe(RESPONSE_MAX_BYTES);
    expect(body.errors[0].extensions.bytes).toBeGreaterThan(RESPONSE_MAX_BYTES);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
