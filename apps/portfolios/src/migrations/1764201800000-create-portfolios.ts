import { MigrationInterface, QueryRunner } from 'typeorm';

const DECISIONS = `('ADOPT', 'ADAPT', 'DECLINE', 'DEFER')`;
const RAG = `('GREEN', 'YELLOW', 'RED')`;

export class CreatePortfolios1764201800000 implements MigrationInterface {
  name = 'CreatePortfolios1764201800000';

  async up(q: QueryRunner): Promise<void> {
    // Local view of network memberships, built only from network-strategy's events.
    await q.query(`
      CREATE TABLE network_member (
        network_id      text NOT NULL,
        municipality_id char(4) NOT NULL CHECK (municipality_id ~ '^[0-9]{4}$'),
        joined_on       date NOT NULL,
        left_on         date,
        PRIMARY KEY (network_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX network_member_municipality_idx ON network_member (municipality_id)`);
    await q.query(`
      CREATE TABLE portfolio (
        municipality_id char(4) PRIMARY KEY CHECK (municipality_id ~ '^[0-9]{4}$'),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE adoption_case (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id    text NOT NULL,
        network_id       text NOT NULL,
        municipality_id  char(4) NOT NULL CHECK (municipality_id ~ '^[0-9]{4}$'),
        initiative_title text NOT NULL,
        status           text NOT NULL CHECK (status IN ('OPEN', 'DEFERRED', 'ADOPTED', 'ADAPTED', 'DECLINED')),
        decision         text CHECK (decision IN ${DECISIONS}),
        rationale        text,
        decided_by       text,
        deciding_body    text,
        case_number      text,
        decided_at       timestamptz,
        opened_at        timestamptz NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (initiative_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX adoption_case_municipality_idx ON adoption_case (municipality_id, created_at, id)`);
    await q.query(`CREATE INDEX adoption_case_created_idx ON adoption_case (created_at, id)`);
    // Every decision ever taken on a case, including the ones a reconsideration replaced.
    await q.query(`
      CREATE TABLE adoption_decision (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id          uuid NOT NULL REFERENCES adoption_case (id),
        decision         text NOT NULL CHECK (decision IN ${DECISIONS}),
        rationale        text NOT NULL,
        decided_by       text NOT NULL,
        deciding_body    text,
        case_number      text,
        reconsideration  boolean NOT NULL,
        reason           text,
        decided_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT reconsideration OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX adoption_decision_case_idx ON adoption_decision (case_id, decided_at)`);
    await q.query(`
      CREATE TABLE project (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id  char(4) NOT NULL CHECK (municipality_id ~ '^[0-9]{4}$'),
        initiative_id    text,
        adoption_case_id uuid UNIQUE REFERENCES adoption_case (id),
        name             text NOT NULL,
        description      text NOT NULL DEFAULT '',
        service_area     text NOT NULL,
        phase            text NOT NULL CHECK (phase IN ('IDEA', 'CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED')),
        budget           numeric(15, 2) CHECK (budget >= 0 AND budget <= 1e12),
        cost_to_date     numeric(15, 2) CHECK (cost_to_date >= 0 AND cost_to_date <= 1e12),
        owner            text,
        priority         integer CHECK (priority BETWEEN 1 AND 5),
        published        boolean NOT NULL DEFAULT false,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_municipality_idx ON project (municipality_id, created_at, id)`);
    await q.query(`CREATE INDEX project_initiative_idx ON project (initiative_id)`);
    await q.query(`
      CREATE TABLE status_report (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id   uuid NOT NULL REFERENCES project (id),
        reported_by  text NOT NULL,
        overall      text NOT NULL CHECK (overall IN ${RAG}),
        schedule     text NOT NULL CHECK (schedule IN ${RAG}),
        budget       text NOT NULL CHECK (budget IN ${RAG}),
        quality      text NOT NULL CHECK (quality IN ${RAG}),
        risk         text NOT NULL CHECK (risk IN ${RAG}),
        comment      text NOT NULL DEFAULT '',
        reported_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX status_report_project_idx ON status_report (project_id, reported_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['status_report', 'project', 'adoption_decision', 'adoption_case', 'portfolio', 'network_member']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
