import { MigrationInterface, QueryRunner } from 'typeorm';

/** Goal → focus area (innsatsområde) dimension from GoalAdded/FocusAreaAdded, for focus-area rollups. */
export class CreateFocusAreas1764202100000 implements MigrationInterface {
  name = 'CreateFocusAreas1764202100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE focus_area (id text PRIMARY KEY, strategy_id text NOT NULL, title text NOT NULL)`);
    await q.query(`CREATE TABLE goal_dim (goal_id text PRIMARY KEY, focus_area_id text NOT NULL, title text NOT NULL)`);
    await q.query(`CREATE INDEX goal_dim_focus_area_idx ON goal_dim (focus_area_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE goal_dim`);
    await q.query(`DROP TABLE focus_area`);
  }
}
