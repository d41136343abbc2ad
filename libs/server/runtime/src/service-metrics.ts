import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EventPublisher, fetchConsumerLag } from '@samspill/server-events';
import {
  createServiceMetrics,
  graphqlMetricsPlugin,
  meteredPublisher,
  metricsHandler,
  registerConsumerLagGauge,
  registerDbPoolGauges,
  registerOutboxGauges,
  ServiceMetrics,
} from '@samspill/server-metrics';
import type { ConsumerDefinition } from './start-subgraph-service';

/**
 * Everything a subgraph service measures, wired in one place so the runtime only has to pass
 * the publishers and server options this returns (see README "Operating Samspill").
 */
export function instrumentService(
  name: string,
  ds: DataSource,
  kafka: Kafka,
  prefix: string,
  consumers: ConsumerDefinition[],
  publisher: EventPublisher,
) {
  const metrics: ServiceMetrics = createServiceMetrics(name);
  registerOutboxGauges(metrics, ds);
  registerDbPoolGauges(metrics, ds);
  registerConsumerLagGauge(
    metrics,
    consumers.map((c) => ({ group: c.group, groupId: `${prefix}${c.group}`, topics: c.topics.map((t) => `${prefix}${t}`), topicPrefix: prefix })),
    (groupId, topics) => fetchConsumerLag(kafka, groupId, topics),
  );
  return {
    metrics,
    relayPublisher: meteredPublisher(publisher, {
      published: (n) => metrics.relayPublished.inc(n),
      failed: () => metrics.relayFailures.inc(),
    }),
    deadLetterPublisher: (group: string) => meteredPublisher(publisher, { published: (n) => metrics.deadLetters.inc({ group }, n) }),
    plugins: [graphqlMetricsPlugin(metrics)],
    openRoutes: { '/metrics': metricsHandler(metrics.registry) },
  };
}
