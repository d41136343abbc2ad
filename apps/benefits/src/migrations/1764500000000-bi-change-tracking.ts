import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeTrackingDown, changeTrackingUp } from '@samspill/server-export';

/** Every table a benefit fact is built from carries the transaction that last wrote it (incremental BI loads). */
const TABLES = {
  measurement: ['id'],
  benefit: ['id'],
  benefit_plan: ['id'],
  initiative_profile: ['initiative_id'],
  municipality: ['id'],
  goal_dim: ['goal_id'],
  focus_area: ['id'],
};

export class BiChangeTracking1764500000000 implements MigrationInterface {
  name = 'BiChangeTracking1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingUp(TABLES)) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of changeTrackingDown(TABLES)) await q.query(statement);
  }
}
