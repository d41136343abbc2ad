import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until issue 9 the relay marked rows DEAD after ten "non-retriable" failures, and kafkajs
 * reports an exhausted retry during a plain broker outage as non-retriable: committed events
 * were abandoned. Every row parked by that behaviour is put back in the queue once; from now
 * on only messages the broker refuses for good are parked.
 */
// Timestamped right after the event tables so it sorts before every service migration (services
// test that undoing their last migration removes their own tables).
export class RedriveDeadOutboxRows1764201600001 implements MigrationInterface {
  name = 'RedriveDeadOutboxRows1764201600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE status = 'DEAD'`);
  }

  /** Nothing to undo: which rows were dead is not worth restoring (they were never delivered). */
  async down(): Promise<void> {
    return;
  }
}
