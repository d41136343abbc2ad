import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Cost budget, response size cap and rate limits of the real gateway in front of the real services (issue 11). */
describe('gateway cost, size and rate limits', () => {
  let stack: E2EStack;

  beforeAll(async () => {
    stack = await startE2EStack({
      gatewayEnv: {
        RESPONSE_MAX_BYTES: String(RESPONSE_MAX_BYTES),
        RATE_LIMIT_MUTATIONS: '5',
        RATE_LIMIT_ANONYMOUS_MUTATIONS: '3',
        RATE_LIMIT_EXPENSIVE_READS: '3',
        RATE_LIMIT_EXPENSIVE_COST: '5000',
        RATE_LIMIT_EXPORTS: '2',
      },
    });
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

  const CREATE = 'mutation($id: String!) { createNetwork(input: { id: $id, name: "Limit", region: "Test" }) { id } }';

  /** Expects the GraphQL 429: Retry-After within the window, RATE_LIMITED with the limit. */
  function expectRateLimited(res: Awaited<ReturnType<typeof graphql>>, retryAfter: string | null, limit: number) {
    expect(res.status).toBe(429);
    expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
    expect(res.errors![0].extensions).toMatchObject({ limit, windowSeconds: 60 });
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  }

  /** graphql() with the response headers kept. */
  async function call(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}) {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { retryAfter: res.headers.get('retry-after'), res: { status: res.status, ...((await res.json()) as object) } as Awaited<ReturnType<typeof graphql>> };
  }

  it('limits anonymous mutations per client address, which a forged X-Forwarded-For does not change', async () => {
    for (let i = 0; i < 3; i++) expect(errorCodes((await call(CREATE, { id: `anon-${i}` })).res)).toEqual(['UNAUTHENTICATED']);
    const refused = await call(CREATE, { id: 'anon-3' }, undefined, { 'x-forwarded-for': '203.0.113.9' });
    expectRateLimited(refused.res, refused.retryAfter, 3);
  });

  it('limits mutations per signed-in identity, not per address', async () => {
    const first = await stack.tokens.networkAdmin('rate-a');
    for (let i = 0; i < 5; i++) expect((await call(CREATE, { id: `rate-a-${i}` }, first)).res.status).toBe(200);
    const refused = await call(CREATE, { id: 'rate-a-5' }, first);
    expectRateLimited(refused.res, refused.retryAfter, 5);
    // Another subject from the same address still has its own allowance; nothing was created by the refused call.
    const other = await stack.tokens.sign([{ role: 'network-admin', network: 'rate-b' }], 'someone-else');
    expect((await call(CREATE, { id: 'rate-b' }, other)).res.status).toBe(200);
    expect(errorCodes(await graphql(stack.gatewayUrl, '{ network(id: "rate-a-5") { id } }'))).toEqual(['NOT_FOUND']);
  });

  it('limits expensive reads, but not cheap ones nor the embeds\' trusted reads', async () => {
    // 2 networks × 50 members × 50 projects: about 5,200, over RATE_LIMIT_EXPENSIVE_COST.
    const expensive = '{ networks(first: 2) { edges { node { members { municipality { projects { id } } } } } } }';
    for (let i = 0; i < 3; i++) expect((await call(expensive)).res.errors).toBeUndefined();
    const refused = await call(expensive);
    expectRateLimited(refused.res, refused.retryAfter, 3);
    for (let i = 0; i < 10; i++) expect((await call('{ networks(first: 5) { totalCount } }')).res.errors).toBeUndefined();
    const trusted = JSON.parse(readFileSync(join(__dirname, '../../apps/embed/trusted-documents.json'), 'utf8')) as Record<string, string>;
    const [id] = Object.entries(trusted).find(([, q]) => q.includes('query EmbedPortfolio'))!;
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${stack.gatewayUrl}?documentId=${encodeURIComponent(id)}&variables=${encodeURIComponent(JSON.stringify({ municipality: '1124' }))}`);
      expect(res.status).not.toBe(429);
      await res.arrayBuffer();
    }
  });

  it('limits export downloads per identity with 429 and Retry-After', async () => {
    const analyst = await stack.tokens.sign([{ role: 'analyst' }], 'export-analyst');
    const download = () => fetch(stack.gatewayUrl.replace(/\/graphql$/, '/export/projects.columns.json'), { headers: { authorization: `Bearer ${analyst}` } });
    for (let i = 0; i < 2; i++) {
      const res = await download();
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const refused = await download();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
