import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * One registry per running service (tests run several services in one process, and each
 * serves only its own figures at /metrics). Every series carries a `service` label.
 */
export interface ServiceMetrics {
  registry: Registry;
  service: string;
  requestDuration: Histogram<'operation' | 'operation_type'>;
  requestErrors: Counter<'code'>;
  relayPublished: Counter;
  relayFailures: Counter;
  deadLetters: Counter<'group'>;
  scrapeErrors: Counter<'source'>;
}

export function createServiceMetrics(service: string, options: { processMetrics?: boolean } = {}): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Process figures (CPU, memory, event-loop lag) are per process: in-process test stacks turn them off.
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    service,
    requestDuration: new Histogram({
      name: 'samspill_graphql_request_duration_seconds',
      help: 'GraphQL requests from arrival to response, by operation name (client-chosen, capped) and type',
      labelNames: ['operation', 'operation_type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    requestErrors: new Counter({
      name: 'samspill_graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code',
      labelNames: ['code'],
      registers,
    }),
    relayPublished: new Counter({
      name: 'samspill_outbox_published_total',
      help: 'Outbox events the relay published and the broker acknowledged',
      registers,
    }),
    relayFailures: new Counter({
      name: 'samspill_outbox_publish_failures_total',
      help: 'Relay publish attempts (batches) the broker did not acknowledge',
      registers,
    }),
    deadLetters: new Counter({
      name: 'samspill_dead_letters_total',
      help: 'Messages a consumer group sent to its dead-letter topic',
      labelNames: ['group'],
      registers,
    }),
    scrapeErrors: new Counter({
      name: 'samspill_metrics_scrape_errors_total',
      help: 'Figures that could not be read during a scrape (their gauges keep the last value)',
      labelNames: ['source'],
      registers,
    }),
  };
}
