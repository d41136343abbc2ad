import type { DataSource } from 'typeorm';
import type { BackgroundConsumers, OutboxRelay } from '@samspill/server-events';
import { parkedRows } from '@samspill/server-events';

/** A dependency check that cannot hang /health or /ready while a connection is black-holed. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export const postgresCheck = (ds: DataSource) => async () => void (await withTimeout(ds.query('SELECT 1'), 2000, 'postgres'));

/**
 * `/health` body: the state of every dependency. The process is alive whatever it says
 * (HTTP 200); `status` is `degraded` while the broker or the database is unreachable, and
 * `/ready` (can serve requests) depends on the database alone — writes keep working without
 * the broker, their events wait in the outbox.
 */
export function serviceHealth(ds: DataSource, relay: OutboxRelay, consumers: BackgroundConsumers) {
  return async () => {
    let postgres: { ok: boolean; error?: string; parkedOutboxRows?: number; pendingOutboxRows?: number };
    try {
      const [{ pending }] = await withTimeout(ds.query(`SELECT count(*)::int AS pending FROM outbox WHERE status = 'PENDING'`), 2000, 'postgres');
      postgres = { ok: true, pendingOutboxRows: pending, parkedOutboxRows: await withTimeout(parkedRows(ds), 2000, 'postgres') };
    } catch (err) {
      postgres = { ok: false, error: (err as Error).message };
    }
    const kafka = consumers.health();
    const outbox = relay.health();
    const kafkaOk = kafka.topics === 'ready' && kafka.consumers.every((c) => c.state === 'running') && outbox.state === 'ok';
    return {
      status: postgres.ok && kafkaOk ? 'ok' : 'degraded',
      dependencies: { postgres, kafka: { ok: kafkaOk, ...kafka }, outboxRelay: outbox },
    };
  };
}
