import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNetworkStrategy1764201700000 implements MigrationInterface {
  name = 'CreateNetworkStrategy1764201700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name        text NOT NULL,
        region      text NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE municipality (
        id         char(4) PRIMARY KEY CHECK (id ~ '^[0-9]{4}$'),
        name       text NOT NULL,
        county     text NOT NULL,
        population integer NOT NULL CHECK (population >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX municipality_name_idx ON municipality (name)`);
    await q.query(`
      CREATE TABLE membership (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id      text NOT NULL REFERENCES network (id),
        municipality_id char(4) NOT NULL REFERENCES municipality (id),
        joined_on       date NOT NULL,
        left_on         date,
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    // A municipality is at most once a current member of the same network.
    await q.query(`CREATE UNIQUE INDEX membership_current_uq ON membership (network_id, municipality_id) WHERE left_on IS NULL`);
    await q.query(`CREATE INDEX membership_municipality_idx ON membership (municipality_id)`);
    await q.query(`
      CREATE TABLE strategy (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id     text NOT NULL REFERENCES network (id),
        title          text NOT NULL,
        period_start   integer NOT NULL,
        period_end     integer NOT NULL CHECK (period_end >= period_start),
        vision         text NOT NULL DEFAULT '',
        status         text NOT NULL CHECK (status IN ('DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'SUPERSEDED')),
        current_version integer NOT NULL DEFAULT 0,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX strategy_network_idx ON strategy (network_id, created_at, id)`);
    await q.query(`
      CREATE TABLE strategy_version (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id         uuid NOT NULL REFERENCES strategy (id),
        version_number      integer NOT NULL,
        adopted_at          timestamptz NOT NULL DEFAULT now(),
        adopted_by          text NOT NULL,
        decision_reference  text NOT NULL,
        snapshot            jsonb NOT NULL,
        UNIQUE (strategy_id, version_number)
      )`);
    // Adopted versions are the record of what was decided: the database refuses to change them.
    await q.query(`
      CREATE FUNCTION strategy_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'strategy versions are immutable'; END $$`);
    await q.query(`
      CREATE TRIGGER strategy_version_no_change BEFORE UPDATE OR DELETE ON strategy_version
      FOR EACH ROW EXECUTE FUNCTION strategy_version_immutable()`);
    await q.query(`
      CREATE TABLE focus_area (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy (id),
        title       text NOT NULL,
        description text NOT NULL DEFAULT '',
        position    integer NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX focus_area_strategy_idx ON focus_area (strategy_id, position)`);
    await q.query(`
      CREATE TABLE goal (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        focus_area_id  uuid NOT NULL REFERENCES focus_area (id),
        title          text NOT NULL,
        description    text NOT NULL DEFAULT '',
        indicator      text NOT NULL,
        unit           text NOT NULL,
        baseline_value double precision,
        target_value   double precision,
        target_year    integer,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX goal_focus_area_idx ON goal (focus_area_id, created_at)`);
    await q.query(`
      CREATE TABLE initiative (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id                 uuid NOT NULL REFERENCES goal (id),
        network_id              text NOT NULL REFERENCES network (id),
        title                   text NOT NULL,
        description             text NOT NULL DEFAULT '',
        owner                   text NOT NULL,
        cost_sharing_model      text NOT NULL,
        status                  text NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'LAUNCHED', 'CLOSED')),
        expected_benefits       jsonb NOT NULL DEFAULT '[]',
        target_municipality_ids text[] NOT NULL DEFAULT '{}',
        launched_at             timestamptz,
        closed_at               timestamptz,
        closing_note            text,
        created_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX initiative_network_idx ON initiative (network_id, created_at, id)`);
    await q.query(`CREATE INDEX initiative_goal_idx ON initiative (goal_id)`);
    await q.query(`
      CREATE TABLE strategizing_activity (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id      text NOT NULL REFERENCES network (id),
        strategy_id     uuid REFERENCES strategy (id),
        initiative_id   uuid REFERENCES initiative (id),
        kind            text NOT NULL,
        tranche         text NOT NULL,
        title           text NOT NULL,
        occurred_on     date NOT NULL,
        participants    text[] NOT NULL DEFAULT '{}',
        outcome         text NOT NULL DEFAULT '',
        deciding_body   text,
        case_number     text,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activity_network_idx ON strategizing_activity (network_id, occurred_on DESC, id)`);
    await q.query(`
      CREATE TABLE tranche_cell (
        initiative_id   uuid NOT NULL,
        municipality_id char(4) NOT NULL,
        network_id      text NOT NULL,
        stage           text NOT NULL,
        launched_at     timestamptz NOT NULL,
        stage_changed_at timestamptz NOT NULL,
        PRIMARY KEY (initiative_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX tranche_cell_municipality_idx ON tranche_cell (municipality_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['tranche_cell', 'strategizing_activity', 'initiative', 'goal', 'focus_area']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP TRIGGER strategy_version_no_change ON strategy_version`);
    await q.query(`DROP TABLE strategy_version`);
    await q.query(`DROP FUNCTION strategy_version_immutable()`);
    for (const table of ['strategy', 'membership', 'municipality', 'network']) await q.query(`DROP TABLE ${table}`);
  }
}
