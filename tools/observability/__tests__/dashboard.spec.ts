import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createServiceMetrics, registerConsumerLagGauge, registerDbPoolGauges, registerOutboxGauges } from '@samspill/server-metrics';

const DIR = join(__dirname, '../../../docker/observability');
const dashboard = JSON.parse(readFileSync(join(DIR, 'grafana/dashboards/samspill-overview.json'), 'utf8'));
const alerts = readFileSync(join(DIR, 'alerts.yml'), 'utf8');

/** Every samspill_* family the code registers, with the series names a histogram adds. */
function knownSeries(): Set<string> {
  const metrics = createServiceMetrics('check', { processMetrics: false });
  const ds = {} as DataSource; // registering reads nothing; only a scrape would query
  registerOutboxGauges(metrics, ds);
  registerDbPoolGauges(metrics, ds);
  registerConsumerLagGauge(metrics, [{ group: 'g', groupId: 'g', topics: [], topicPrefix: '' }], async () => []);
  const names = new Set<string>();
  for (const m of metrics.registry.getMetricsAsArray()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(`${m.name}${s}`);
  }
  return names;
}

const referenced = (text: string) => [...new Set(text.match(/samspill_[a-z_]+/g) ?? [])];

describe('observability files under docker/observability', () => {
  const known = knownSeries();

  it('the Grafana dashboard is a dashboard with unique panel ids, each with Prometheus queries', () => {
    expect(dashboard).toMatchObject({ uid: expect.any(String), title: expect.any(String), schemaVersion: expect.any(Number) });
    const ids = dashboard.panels.map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels) {
      expect(panel).toMatchObject({ type: 'timeseries', title: expect.any(String), gridPos: { h: expect.any(Number), w: expect.any(Number) } });
      expect(panel.targets.length).toBeGreaterThan(0);
      for (const t of panel.targets) expect(t.expr).toMatch(/samspill_/);
    }
  });

  it('the dashboard and the alert rules query only metrics the services export', () => {
    const queries = dashboard.panels.flatMap((p: { targets: { expr: string }[] }) => p.targets.map((t) => t.expr)).join('\n');
    expect(referenced(queries).filter((n) => !known.has(n))).toEqual([]);
    expect(referenced(alerts).filter((n) => !known.has(n))).toEqual([]);
  });

  it('the dashboard and alerts cover outbox age, consumer lag, dead letters, errors and latency', () => {
    for (const name of ['samspill_outbox_oldest_pending_age_seconds', 'samspill_kafka_consumer_lag_messages', 'samspill_dead_letters_total', 'samspill_graphql_errors_total', 'samspill_graphql_request_duration_seconds_bucket']) {
      expect(alerts).toContain(name);
      expect(JSON.stringify(dashboard)).toContain(name);
    }
  });
});
