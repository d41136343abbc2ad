import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeTrackingDown, changeTrackingUp } from '@samspill/server-export';

/** Every table a portfolio export reads carries the transaction that last wrote the row (incremental BI loads). */
const TABLES = { adoption_case: ['id'], adoption_decision: ['id'], project: ['id'], status_report: ['id'] };

export class BiChangeTracking1764500000000 implements MigrationInterface {
  name = 'BiChangeTracking1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingUp(TABLES)) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingDown(TABLES)) await q.query(statement);
  }
}
