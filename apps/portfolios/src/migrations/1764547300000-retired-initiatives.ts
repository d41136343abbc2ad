import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: an initiative a strategy revision retires keeps its adoption cases (decisions taken
 * and projects started stay the municipalities' own); the cases show that it was retired, and why.
 */
export class RetiredInitiatives1764547300000 implements MigrationInterface {
  name = 'RetiredInitiatives1764547300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE adoption_case
        ADD COLUMN initiative_retired_at timestamptz,
        ADD COLUMN initiative_retirement_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE adoption_case DROP COLUMN initiative_retirement_reason, DROP COLUMN initiative_retired_at`);
  }
}
