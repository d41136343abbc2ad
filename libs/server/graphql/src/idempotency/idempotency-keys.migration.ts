import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of mutations (issue 9), in every service's schema: the first response to a
 * (caller, key) pair is kept, so a retry returns it instead of executing the mutation again.
 * Rows are kept at least 24 h (see IdempotencyStore.prune).
 */
export class CreateIdempotencyKeys1764201600002 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764201600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        caller       text NOT NULL,
        key          text NOT NULL,
        request_hash text NOT NULL,
        status       text NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
