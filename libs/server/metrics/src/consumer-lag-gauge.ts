import { Gauge } from 'prom-client';
import type { PartitionLag } from '@samspill/server-events';
import type { ServiceMetrics } from './service-metrics';

export interface LagSource {
  /** Label value: the group's name without KAFKA_TOPIC_PREFIX, so dashboards survive a prefix. */
  group: string;
  groupId: string;
  topics: string[];
  topicPrefix: string;
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Consumer lag per group, topic and partition, asked of the broker at scrape time (committed
 * offset vs high watermark). When the broker does not answer in time the last figures stay
 * and `samspill_metrics_scrape_errors_total{source="kafka"}` counts the miss, so a scrape never
 * hangs on an outage.
 */
export function registerConsumerLagGauge(
  metrics: ServiceMetrics,
  sources: LagSource[],
  readLag: (groupId: string, topics: string[]) => Promise<PartitionLag[]>,
): void {
  if (sources.length === 0) return;
  new Gauge({
    name: 'samspill_kafka_consumer_lag_messages',
    help: 'Messages on a partition not yet committed by the consumer group',
    labelNames: ['group', 'topic', 'partition'],
    registers: [metrics.registry],
    async collect() {
      await Promise.all(
        sources.map(async (s) => {
          try {
            for (const { topic, partition, lag } of await withTimeout(readLag(s.groupId, s.topics), TIMEOUT_MS)) {
              const name = topic.startsWith(s.topicPrefix) ? topic.slice(s.topicPrefix.length) : topic;
              this.set({ group: s.group, topic: name, partition: String(partition) }, lag);
            }
          } catch {
            metrics.scrapeErrors.inc({ source: 'kafka' });
          }
        }),
      );
    },
  });
}
