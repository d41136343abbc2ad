import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tranche matrix follows a cell through T2 and T3. Events may arrive in any order
 * (different topics), so every column may be filled first; the stage is derived from which
 * transitions have happened, never from arrival order.
 */
export class TrancheMatrixStages1764288000000 implements MigrationInterface {
  name = 'TrancheMatrixStages1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tranche_cell
        ALTER COLUMN network_id DROP NOT NULL,
        ALTER COLUMN launched_at DROP NOT NULL,
        ADD COLUMN decision text,
        ADD COLUMN rationale text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN project_id uuid,
        ADD COLUMN in_portfolio_at timestamptz,
        ADD COLUMN executing_at timestamptz,
        ADD COLUMN realising_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    await q.query(`CREATE INDEX tranche_cell_network_idx ON tranche_cell (network_id, initiative_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tranche_cell_network_idx`);
    await q.query(`DELETE FROM tranche_cell WHERE network_id IS NULL OR launched_at IS NULL`);
    await q.query(`
      ALTER TABLE tranche_cell
        DROP COLUMN decision, DROP COLUMN rationale, DROP COLUMN decided_at, DROP COLUMN project_id,
        DROP COLUMN in_portfolio_at, DROP COLUMN executing_at, DROP COLUMN realising_at, DROP COLUMN closed_at,
        ALTER COLUMN network_id SET NOT NULL,
        ALTER COLUMN launched_at SET NOT NULL`);
  }
}
