import { MigrationInterface, QueryRunner } from 'typeorm';

/** Status comments are internal unless the reporter marks them public (issue 11). */
export class PublicStatusComments1764460800000 implements MigrationInterface {
  name = 'PublicStatusComments1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE status_report ADD COLUMN public boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE status_report DROP COLUMN public`);
  }
}
