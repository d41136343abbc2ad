import { graphql, scrapeMetrics, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { ok } from './support/fixtures';

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');
const DURATION_COUNT = 'samspill_graphql_request_duration_seconds_count';

/**
 * /metrics on the gateway and every service, scraped from the real system: the text parses
 * strictly, and after a known number of requests and events the counters moved by exactly that.
 */
describe('Prometheus metrics', () => {
  let stack: E2EStack;
  let endpoints: Record<string, string>;

  beforeAll(async () => {
    stack = await startE2EStack();
    endpoints = {
      gateway: metricsUrl(stack.gatewayUrl),
      'network-strategy': metricsUrl(stack.networkStrategy.url),
      portfolios: metricsUrl(stack.portfolios.url),
      consultation: metricsUrl(stack.consultation.url),
      benefits: metricsUrl(stack.benefits.url),
    };
  });
  afterAll(() => stack?.stop());

  it('serves parseable Prometheus text with the operational families on every process', async () => {
    for (const [service, url] of Object.entries(endpoints)) {
      const exposition = await scrapeMetrics(url);
      expect(exposition.types.get('samspill_graphql_request_duration_seconds')).toBe('histogram');
      expect(exposition.types.get('samspill_graphql_errors_total')).toBe('counter');
      expect(exposition.types.get('process_cpu_seconds_total')).toBe('counter');
      if (service === 'gateway') continue;
      for (const family of ['samspill_outbox_pending_rows', 'samspill_outbox_oldest_pending_age_seconds', 'samspill_outbox_published_total', 'samspill_db_pool_connections']) {
        expect([service, exposition.types.get(family)]).toEqual([service, expect.any(String)]);
      }
      expect(exposition.samples.every((s) => s.labels.service === service)).toBe(true);
    }
    const ns = await scrapeMetrics(endpoints['network-strategy']);
    const lag = ns.samples.filter((s) => s.name === 'samspill_kafka_consumer_lag_messages');
    expect(new Set(lag.map((s) => s.labels.group))).toEqual(new Set(['network-strategy.tranche-matrix', 'network-strategy.strategy-consultations', 'network-strategy.goal-progress']));
    // Names only, never ids or the test's topic prefix.
    expect(lag.every((s) => s.labels.topic.startsWith('samspill.') && /^\d+$/.test(s.labels.partition))).toBe(true);
  });

  it('counts requests per operation, errors per code and published events exactly', async () => {
    const admin = await stack.tokens.networkAdmin('metrics-net');
    const before = {
      gateway: await scrapeMetrics(endpoints.gateway),
      ns: await scrapeMetrics(endpoints['network-strategy']),
    };
    for (let i = 0; i < 4; i++) await ok(stack.gatewayUrl, 'query MetricsProbe { networks { totalCount } }', {});
    for (let i = 0; i < 2; i++) await graphql(stack.gatewayUrl, 'query MetricsBroken { noSuchField }', {});
    await ok(stack.gatewayUrl, `mutation MetricsCreate { createNetwork(input: { id: "metrics-net", name: "Metrics", region: "Test" }) { id } }`, {}, admin);

    const gateway = await scrapeMetrics(endpoints.gateway);
    const moved = (name: string, labels: Record<string, string>) => gateway.value(name, labels) - before.gateway.value(name, labels);
    expect(moved(DURATION_COUNT, { operation: 'MetricsProbe', operation_type: 'query' })).toBe(4);
    expect(moved(DURATION_COUNT, { operation: 'MetricsCreate', operation_type: 'mutation' })).toBe(1);
    expect(moved('samspill_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(2);

    // One NetworkCreated event: published exactly once once the outbox is empty again.
    const ns = await waitUntil(async () => {
      const s = await scrapeMetrics(endpoints['network-strategy']);
      return s.value('samspill_outbox_pending_rows') === 0 && s.value('samspill_outbox_published_total') > before.ns.value('samspill_outbox_published_total') ? s : undefined;
    }, 30000, 'the NetworkCreated event to be published');
    expect(ns.value('samspill_outbox_published_total') - before.ns.value('samspill_outbox_published_total')).toBe(1);
    // The subgraph saw the 4 probes and the mutation as its own operations (the gateway names them).
    const subgraphCount = (s: typeof ns) => s.samples.filter((x) => x.name === DURATION_COUNT && x.labels.operation.startsWith('MetricsProbe')).reduce((a, x) => a + x.value, 0);
    expect(subgraphCount(ns) - subgraphCount(before.ns)).toBe(4);
  });
});
