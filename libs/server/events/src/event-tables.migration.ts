import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox and the idempotent-consumer inbox. Every service includes this
 * migration; the tables land in the service's own schema (first on its search_path).
 */
export class CreateEventTables1764201600000 implements MigrationInterface {
  name = 'CreateEventTables1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        seq             bigserial PRIMARY KEY,
        id              uuid NOT NULL UNIQUE,
        topic           text NOT NULL,
        message_key     text NOT NULL,
        event_type      text NOT NULL,
        envelope        jsonb NOT NULL,
        status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED', 'DEAD')),
        attempts        integer NOT NULL DEFAULT 0,
        last_error      text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at      timestamptz NOT NULL DEFAULT now(),
        published_at    timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE inbox (
        consumer     text NOT NULL,
        event_id     uuid NOT NULL,
        event_type   text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox`);
    await q.query(`DROP TABLE outbox`);
  }
}
