import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 10: a per-benefit change counter, carried by BenefitRealisationChanged so consumers converge in any order. */
export class BenefitRevision1764461000000 implements MigrationInterface {
  name = 'BenefitRevision1764461000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefit ADD COLUMN revision bigint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefit DROP COLUMN revision`);
  }
}
