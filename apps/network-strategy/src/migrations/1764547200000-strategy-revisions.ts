import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: an adopted strategy is revised without leaving force. The live rows stay what was
 * adopted; the revision's edits and retirements wait in strategy_draft_change until the next
 * adoption applies them. Focus areas and goals added in a revision are live rows marked
 * pending_addition (hidden until adopted). Retired elements stay as rows (initiatives are
 * referenced by other services) with when, why and in which version they left the strategy.
 */
export class StrategyRevisions1764547200000 implements MigrationInterface {
  name = 'StrategyRevisions1764547200000';

  async up(q: QueryRunner): Promise<void> {
    // Strategies reopened for amendment before this migration were DRAFT with versions: they are adopted strategies under revision.
    await q.query(`
      ALTER TABLE strategy
        ADD COLUMN revision_status text CHECK (revision_status IN ('DRAFT', 'IN_CONSULTATION')),
        ADD COLUMN revision_opened_at timestamptz`);
    await q.query(`
      UPDATE strategy SET revision_status = status, revision_opened_at = updated_at, status = 'ADOPTED'
       WHERE current_version > 0 AND status IN ('DRAFT', 'IN_CONSULTATION')`);
    await q.query(`
      ALTER TABLE strategy ADD CONSTRAINT strategy_revision_of_adopted
        CHECK ((revision_status IS NULL OR status = 'ADOPTED') AND ((revision_status IS NULL) = (revision_opened_at IS NULL)))`);
    for (const table of ['focus_area', 'goal', 'initiative']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN retired_at timestamptz,
          ADD COLUMN retirement_reason text,
          ADD COLUMN retired_in_version integer,
          ADD CONSTRAINT ${table}_retired CHECK ((retired_at IS NULL) = (retirement_reason IS NULL))`);
    }
    for (const table of ['focus_area', 'goal']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN pending_addition boolean NOT NULL DEFAULT false`);
    }
    await q.query(`
      CREATE TABLE strategy_draft_change (
        entity        text NOT NULL CHECK (entity IN ('STRATEGY', 'FOCUS_AREA', 'GOAL', 'INITIATIVE')),
        entity_id     uuid NOT NULL,
        strategy_id   uuid NOT NULL REFERENCES strategy (id),
        fields        jsonb NOT NULL DEFAULT '{}',
        retire_reason text,
        changed_by    text NOT NULL,
        changed_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity, entity_id)
      )`);
    await q.query(`CREATE INDEX strategy_draft_change_strategy_idx ON strategy_draft_change (strategy_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE strategy_draft_change`);
    for (const table of ['focus_area', 'goal']) await q.query(`ALTER TABLE ${table} DROP COLUMN pending_addition`);
    for (const table of ['focus_area', 'goal', 'initiative']) {
      await q.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_retired,
          DROP COLUMN retired_in_version, DROP COLUMN retirement_reason, DROP COLUMN retired_at`);
    }
    await q.query(`ALTER TABLE strategy DROP CONSTRAINT strategy_revision_of_adopted`);
    await q.query(`UPDATE strategy SET status = revision_status WHERE revision_status IS NOT NULL`);
    await q.query(`ALTER TABLE strategy DROP COLUMN revision_opened_at, DROP COLUMN revision_status`);
  }
}
