import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ServiceMetrics } from './service-metrics';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** Connection-pool use of the service's pg pool (TypeORM's postgres driver keeps it as `master`). */
export function registerDbPoolGauges(metrics: ServiceMetrics, dataSource: DataSource): void {
  const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
  new Gauge({
    name: 'samspill_db_pool_connections',
    help: 'Open database connections by state (in_use, idle) and the pool maximum (max)',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'max' }, p.options?.max ?? 0);
    },
  });
  new Gauge({
    name: 'samspill_db_pool_waiting_requests',
    help: 'Queries waiting for a free pool connection',
    registers: [metrics.registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });
}
