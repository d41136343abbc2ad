import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trace context of the request that recorded an outbox row, as columns an operator can
 * query ("which request produced this stuck event?") and the relay can read without parsing
 * the envelope; the envelope carries the same values to consumers.
 */
export class AddOutboxTraceContext1764806400000 implements MigrationInterface {
  name = 'AddOutboxTraceContext1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN traceparent text, ADD COLUMN tracestate text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN tracestate, DROP COLUMN traceparent`);
  }
}
