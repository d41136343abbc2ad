import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ServiceMetrics } from './service-metrics';

/**
 * Outbox backlog, read from the service's own outbox table at scrape time (the partial index on
 * pending rows keeps this cheap): how many rows wait and how long the oldest has waited. A
 * growing age means events are committed but nobody downstream sees them.
 */
export function registerOutboxGauges(metrics: ServiceMetrics, dataSource: DataSource): void {
  let last = { pending: 0, age: 0 };
  const read = async () => {
    try {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
           FROM outbox WHERE status = 'PENDING'`,
      );
      last = { pending: Number(row.pending), age: Number(row.age) };
    } catch {
      metrics.scrapeErrors.inc({ source: 'outbox' });
    }
    return last;
  };
  // Both gauges are read in one query per scrape: the first collect() starts it, the second reuses it.
  let inFlight: Promise<typeof last> | null = null;
  const shared = () => (inFlight ??= read().finally(() => setImmediate(() => (inFlight = null))));
  new Gauge({
    name: 'samspill_outbox_pending_rows',
    help: 'Outbox rows committed but not yet acknowledged by the broker',
    registers: [metrics.registry],
    async collect() {
      this.set((await shared()).pending);
    },
  });
  new Gauge({
    name: 'samspill_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest pending outbox row (0 when none is pending)',
    registers: [metrics.registry],
    async collect() {
      this.set((await shared()).age);
    },
  });
}
