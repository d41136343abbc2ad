import type { Logger } from '@samspill/server-config';

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/**
 * Puts parked (DEAD) outbox rows back in the queue, keeping their original sequence numbers
 * so they go out before anything newer of the same key that is still pending. Run it once
 * the cause is fixed (e.g. the topic's max.message.bytes raised): `npm run outbox:redrive`.
 * `schema` is the service's schema; `seqs` limits the re-drive to some rows.
 */
export async function redriveParkedRows(db: Queryable, schema: string, seqs?: string[], logger?: Logger): Promise<number> {
  // A CTE, because TypeORM and pg shape the result of a bare UPDATE … RETURNING differently.
  const [{ n }] = (await db.query(
    `WITH redriven AS (
       UPDATE "${schema}".outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now()
        WHERE status = 'DEAD' AND ($1::bigint[] IS NULL OR seq = ANY($1::bigint[]))
        RETURNING seq)
     SELECT count(*)::int AS n FROM redriven`,
    [seqs && seqs.length > 0 ? seqs : null],
  )) as [{ n: number }];
  logger?.info({ schema, rows: n }, 'parked outbox rows re-driven');
  return n;
}

/** How many rows are parked in the outbox on the data source's search path (for /health). */
export async function parkedRows(db: Queryable): Promise<number> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'DEAD'`)) as [{ n: number }];
  return n;
}
