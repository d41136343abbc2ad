import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trace context of the request that recorded an outbox row, as columns an operator can
 * query ("which request produced this stuck event?") and the relay can read without parsing
 * the envelope; the envelope carries the same values to consumers. Its timestamp sits right
 * after the event tables' own, so on a fresh database it runs before every service migration
 * (existing databases run it by name, as TypeORM does for any migration not yet applied).
 */
export class AddOutboxTraceContext1764201650000 implements MigrationInterface {
  name = 'AddOutboxTraceContext1764201650000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN traceparent text, ADD COLUMN tracestate text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN tracestate, DROP COLUMN traceparent`);
  }
}
