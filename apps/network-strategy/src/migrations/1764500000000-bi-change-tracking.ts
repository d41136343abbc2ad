import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeTrackingDown, changeTrackingUp } from '@samspill/server-export';

/** The tranche matrix carries the transaction that last wrote each cell, and logs deletions (incremental BI loads). */
const TABLES = { tranche_cell: ['initiative_id', 'municipality_id', 'network_id'] };

export class BiChangeTracking1764500000000 implements MigrationInterface {
  name = 'BiChangeTracking1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingUp(TABLES)) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingDown(TABLES)) await q.query(statement);
  }
}
