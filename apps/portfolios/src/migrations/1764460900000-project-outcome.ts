import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a closed project is either COMPLETED or CANCELLED (its adoption was reversed);
 * the two must never be confused in reports, so the outcome is stored, not inferred.
 */
export class ProjectOutcome1764460900000 implements MigrationInterface {
  name = 'ProjectOutcome1764460900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE project
        ADD COLUMN outcome text CHECK (outcome IN ('COMPLETED', 'CANCELLED')),
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancel_reason text`);
    await q.query(`UPDATE project SET outcome = 'COMPLETED' WHERE phase = 'CLOSED'`);
    await q.query(`ALTER TABLE project ADD CONSTRAINT project_outcome_closed CHECK ((outcome IS NULL) = (phase <> 'CLOSED'))`);
    await q.query(`ALTER TABLE project ADD CONSTRAINT project_cancelled CHECK ((outcome = 'CANCELLED') = (cancelled_at IS NOT NULL))`);
    // A case keeps its cancelled projects as history; only one project per case is not cancelled.
    await q.query(`ALTER TABLE project DROP CONSTRAINT project_adoption_case_id_key`);
    await q.query(`CREATE UNIQUE INDEX project_live_per_case ON project (adoption_case_id) WHERE cancelled_at IS NULL`);
    await q.query(`CREATE INDEX project_adoption_case_idx ON project (adoption_case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM project p WHERE cancelled_at IS NOT NULL AND EXISTS (SELECT 1 FROM project q WHERE q.adoption_case_id = p.adoption_case_id AND q.id <> p.id)`);
    await q.query(`DROP INDEX project_adoption_case_idx`);
    await q.query(`DROP INDEX project_live_per_case`);
    await q.query(`ALTER TABLE project ADD CONSTRAINT project_adoption_case_id_key UNIQUE (adoption_case_id)`);
    await q.query(`ALTER TABLE project DROP CONSTRAINT project_cancelled`);
    await q.query(`ALTER TABLE project DROP CONSTRAINT project_outcome_closed`);
    await q.query(`ALTER TABLE project DROP COLUMN cancel_reason, DROP COLUMN cancelled_at, DROP COLUMN outcome`);
  }
}
