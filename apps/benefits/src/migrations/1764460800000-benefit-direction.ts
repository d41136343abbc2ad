import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a benefit says which way is better (shorter case-handling time is a decrease), and a
 * plan can be closed when its project is cancelled (a reversed adoption) so rollups stop counting it.
 */
export class BenefitDirection1764460800000 implements MigrationInterface {
  name = 'BenefitDirection1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE benefit ADD COLUMN direction text NOT NULL DEFAULT 'HIGHER_IS_BETTER'
        CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'))`);
    await q.query(`ALTER TABLE benefit_plan ADD COLUMN cancelled_at timestamptz`);
    await q.query(`ALTER TABLE benefit_plan ADD COLUMN cancel_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefit_plan DROP COLUMN cancel_reason`);
    await q.query(`ALTER TABLE benefit_plan DROP COLUMN cancelled_at`);
    await q.query(`ALTER TABLE benefit DROP COLUMN direction`);
  }
}
