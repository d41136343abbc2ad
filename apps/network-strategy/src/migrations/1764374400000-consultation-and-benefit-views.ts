import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models fed by the consultation and benefits services: which municipalities answered
 * (per strategy consultation, and per initiative in the tranche matrix), and the latest
 * achievement of each benefit for goal progress and the "realising benefits" stage.
 */
export class ConsultationAndBenefitViews1764374400000 implements MigrationInterface {
  name = 'ConsultationAndBenefitViews1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tranche_cell ADD COLUMN consulted_at timestamptz, ADD COLUMN benefits_measured_at timestamptz`);
    await q.query(`
      CREATE TABLE strategy_consultation (
        consultation_id  uuid PRIMARY KEY,
        strategy_id      uuid NOT NULL,
        title            text NOT NULL,
        opened_at        timestamptz NOT NULL,
        closes_at        timestamptz,
        closed_at        timestamptz,
        responding_municipality_ids text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX strategy_consultation_strategy_idx ON strategy_consultation (strategy_id)`);
    await q.query(`
      CREATE TABLE benefit_progress (
        benefit_id      uuid PRIMARY KEY,
        initiative_id   uuid,
        municipality_id char(4) NOT NULL,
        measurement_id  uuid NOT NULL,
        measured_on     date NOT NULL,
        achievement     numeric
      )`);
    await q.query(`CREATE INDEX benefit_progress_initiative_idx ON benefit_progress (initiative_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE benefit_progress`);
    await q.query(`DROP TABLE strategy_consultation`);
    await q.query(`ALTER TABLE tranche_cell DROP COLUMN consulted_at, DROP COLUMN benefits_measured_at`);
  }
}
