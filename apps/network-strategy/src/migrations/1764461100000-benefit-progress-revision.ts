import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: goal progress follows each benefit's realisation state (BenefitRealisationChanged),
 * keeping the highest revision, so corrections, target changes and cancelled plans are followed
 * whatever order the events arrive in. A benefit may have no measurement yet.
 */
export class BenefitProgressRevision1764461100000 implements MigrationInterface {
  name = 'BenefitProgressRevision1764461100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE benefit_progress
        ALTER COLUMN measurement_id DROP NOT NULL,
        ALTER COLUMN measured_on DROP NOT NULL,
        ADD COLUMN revision bigint NOT NULL DEFAULT 0,
        ADD COLUMN counted boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM benefit_progress WHERE measured_on IS NULL OR measurement_id IS NULL`);
    await q.query(`
      ALTER TABLE benefit_progress
        DROP COLUMN counted, DROP COLUMN revision,
        ALTER COLUMN measured_on SET NOT NULL,
        ALTER COLUMN measurement_id SET NOT NULL`);
  }
}
