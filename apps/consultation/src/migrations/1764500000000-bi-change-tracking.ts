import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeTrackingDown, changeTrackingUp } from '@samspill/server-export';

/** Consultations and responses carry the transaction that last wrote them, and deletions are logged (incremental BI loads). */
const TABLES = { consultation: ['id', 'network_id'], response: ['id', 'consultation_id'] };

export class BiChangeTracking1764500000000 implements MigrationInterface {
  name = 'BiChangeTracking1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingUp(TABLES)) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingDown(TABLES)) await q.query(statement);
  }
}
