import type { GraphQLFormattedError } from 'graphql';

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

export interface StoredResponse {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** A claim nobody completed within this time (its process died) may be taken over by a retry. */
const LEASE_SECONDS = 30;

/** The idempotency_key table of one service (see CreateIdempotencyKeys1764201600002). */
export class IdempotencyStore {
  constructor(private readonly db: Queryable) {}

  /**
   * Claims (caller, key) for a request, or says what to do instead: replay the stored response,
   * refuse a different request under the same key, or report one still in progress.
   */
  async claim(caller: string, key: string, requestHash: string): Promise<Claim> {
    const rows = (await this.db.query(
      `WITH claimed AS (
         INSERT INTO idempotency_key (caller, key, request_hash, status) VALUES ($1, $2, $3, 'IN_PROGRESS')
         ON CONFLICT (caller, key) DO UPDATE SET status = 'IN_PROGRESS', updated_at = now()
           WHERE idempotency_key.status = 'IN_PROGRESS' AND idempotency_key.request_hash = $3
             AND idempotency_key.updated_at < now() - make_interval(secs => $4)
         RETURNING 1)
       SELECT (SELECT count(*) FROM claimed)::int AS claimed`,
      [caller, key, requestHash, LEASE_SECONDS],
    )) as [{ claimed: number }];
    if (rows[0].claimed > 0) return { kind: 'claimed' };
    const [existing] = (await this.db.query(`SELECT request_hash, status, response FROM idempotency_key WHERE caller = $1 AND key = $2`, [caller, key])) as {
      request_hash: string;
      status: string;
      response: StoredResponse | null;
    }[];
    if (!existing) return this.claim(caller, key, requestHash); // released in between: try again
    if (existing.request_hash !== requestHash) return { kind: 'mismatch' };
    if (existing.status === 'DONE' && existing.response) return { kind: 'replay', response: existing.response };
    return { kind: 'in-progress' };
  }

  async complete(caller: string, key: string, response: StoredResponse): Promise<void> {
    await this.db.query(`UPDATE idempotency_key SET status = 'DONE', response = $3, updated_at = now() WHERE caller = $1 AND key = $2`, [
      caller,
      key,
      JSON.stringify(response),
    ]);
  }

  /** A request that changed nothing (it failed as a whole) gives its key back, so a retry runs it. */
  async release(caller: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_key WHERE caller = $1 AND key = $2 AND status = 'IN_PROGRESS'`, [caller, key]);
  }

  /** Drops keys older than `keepHours` (default 48 h; at least 24 h are promised). */
  async prune(keepHours = 48): Promise<number> {
    const [{ n }] = (await this.db.query(
      `WITH gone AS (DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [keepHours],
    )) as [{ n: number }];
    return n;
  }
}
