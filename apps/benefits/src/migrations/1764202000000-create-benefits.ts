import { MigrationInterface, QueryRunner } from 'typeorm';

const MUNI = `char(4) NOT NULL CHECK (municipality_id ~ '^[0-9]{4}$')`;
/** |value| ≤ 1e13 NOK with øre: numeric keeps every sum exact. */
const AMOUNT = `numeric(16, 2) CHECK (abs(%) <= 1e13)`;
const amount = (col: string) => `${col} ${AMOUNT.replace('%', col)}`;

export class CreateBenefits1764202000000 implements MigrationInterface {
  name = 'CreateBenefits1764202000000';

  async up(q: QueryRunner): Promise<void> {
    // Local dimensions, built only from network-strategy's events.
    await q.query(`
      CREATE TABLE municipality (
        id         char(4) PRIMARY KEY CHECK (id ~ '^[0-9]{4}$'),
        name       text NOT NULL,
        county     text NOT NULL,
        population integer NOT NULL CHECK (population >= 0)
      )`);
    await q.query(`
      CREATE TABLE initiative_profile (
        initiative_id     text PRIMARY KEY,
        network_id        text NOT NULL,
        goal_id           text NOT NULL,
        title             text NOT NULL,
        launched_at       timestamptz NOT NULL,
        expected_benefits jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX initiative_profile_network_idx ON initiative_profile (network_id)`);
    await q.query(`CREATE INDEX initiative_profile_goal_idx ON initiative_profile (goal_id)`);
    await q.query(`
      CREATE TABLE benefit_plan (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id      text NOT NULL UNIQUE,
        municipality_id ${MUNI},
        initiative_id   text,
        project_name    text NOT NULL,
        seeded          boolean NOT NULL DEFAULT false,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX benefit_plan_initiative_idx ON benefit_plan (initiative_id) WHERE NOT seeded`);
    await q.query(`
      CREATE TABLE benefit (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id              uuid NOT NULL REFERENCES benefit_plan (id),
        project_id           text NOT NULL,
        municipality_id      ${MUNI},
        initiative_id        text,
        type                 text NOT NULL CHECK (type IN ('EFFICIENCY', 'QUALITY', 'OTHER_ACTORS')),
        indicator            text NOT NULL,
        unit                 text NOT NULL,
        is_disbenefit        boolean NOT NULL DEFAULT false,
        realisation_method   text CHECK (realisation_method IN ('BUDGET_REDUCTION', 'FREED_CAPACITY')),
        owner                text,
        ${amount('baseline_value')},
        baseline_date        date,
        ${amount('target_value')},
        target_date          date,
        expected_per_year    numeric(16, 2),
        scaling              text CHECK (scaling IN ('FIXED', 'PER_1000_INHABITANTS')),
        target_from_profile  boolean NOT NULL DEFAULT false,
        ${amount('latest_value')},
        latest_measured_on   date,
        latest_measurement_id uuid,
        created_at           timestamptz NOT NULL DEFAULT now(),
        CHECK ((baseline_value IS NULL) = (baseline_date IS NULL))
      )`);
    await q.query(`CREATE INDEX benefit_plan_idx ON benefit (plan_id, created_at, id)`);
    await q.query(`CREATE INDEX benefit_municipality_idx ON benefit (municipality_id)`);
    await q.query(`CREATE INDEX benefit_initiative_idx ON benefit (initiative_id)`);
    await q.query(`CREATE INDEX benefit_project_idx ON benefit (project_id)`);
    // Every measurement ever recorded; a correction adds a row and marks the old one superseded.
    await q.query(`
      CREATE TABLE measurement (
        seq          bigserial UNIQUE,
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        benefit_id   uuid NOT NULL REFERENCES benefit (id),
        measured_on  date NOT NULL,
        ${amount('value')} NOT NULL,
        source       text NOT NULL DEFAULT '',
        comment      text NOT NULL DEFAULT '',
        recorded_by  text NOT NULL,
        correction_of uuid REFERENCES measurement (id),
        superseded_by uuid REFERENCES measurement (id),
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX measurement_benefit_idx ON measurement (benefit_id, measured_on DESC, seq DESC) WHERE superseded_by IS NULL`);
    await q.query(`CREATE INDEX measurement_current_seq_idx ON measurement (seq) WHERE superseded_by IS NULL`);
    // Read model: the last current measurement of each benefit per month, quarter and year,
    // so rollups read benefits × periods instead of every measurement.
    await q.query(`
      CREATE TABLE benefit_period (
        benefit_id     uuid NOT NULL REFERENCES benefit (id),
        grain          text NOT NULL CHECK (grain IN ('month', 'quarter', 'year')),
        period_start   date NOT NULL,
        value          numeric(16, 2) NOT NULL,
        measured_on    date NOT NULL,
        measurement_id uuid NOT NULL,
        PRIMARY KEY (grain, period_start, benefit_id)
      )`);
    await q.query(`CREATE INDEX benefit_period_benefit_idx ON benefit_period (benefit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['benefit_period', 'measurement', 'benefit', 'benefit_plan', 'initiative_profile', 'municipality']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
