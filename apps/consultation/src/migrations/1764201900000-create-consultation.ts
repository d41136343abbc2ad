import { MigrationInterface, QueryRunner } from 'typeorm';

const AUDIENCES = `('MEMBER_MUNICIPALITIES', 'EMPLOYEES', 'CITIZENS', 'PARTNERS')`;

export class CreateConsultation1764201900000 implements MigrationInterface {
  name = 'CreateConsultation1764201900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id      text NOT NULL,
        subject_type    text NOT NULL CHECK (subject_type IN ('STRATEGY', 'INITIATIVE', 'PROJECT')),
        subject_id      text NOT NULL,
        title           text NOT NULL,
        description     text NOT NULL DEFAULT '',
        audiences       text[] NOT NULL CHECK (cardinality(audiences) > 0 AND audiences <@ ARRAY${AUDIENCES.replace('(', '[').replace(')', ']')}::text[]),
        allow_anonymous boolean NOT NULL DEFAULT false,
        questions       jsonb NOT NULL,
        status          text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'CONCLUDED')),
        opens_at        timestamptz,
        closes_at       timestamptz,
        opened_at       timestamptz,
        closed_at       timestamptz,
        concluded_at    timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX consultation_subject_idx ON consultation (subject_type, subject_id)`);
    await q.query(`CREATE INDEX consultation_created_idx ON consultation (created_at, id)`);
    // The scheduler's two scans: drafts due to open, open consultations due to close.
    await q.query(`CREATE INDEX consultation_due_open_idx ON consultation (opens_at) WHERE status = 'DRAFT'`);
    await q.query(`CREATE INDEX consultation_due_close_idx ON consultation (closes_at) WHERE status = 'OPEN'`);
    await q.query(`
      CREATE TABLE participant_identity (
        pseudonym_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject      text NOT NULL UNIQUE,
        name         text,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE response (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id  uuid NOT NULL REFERENCES consultation (id),
        respondent_kind  text NOT NULL CHECK (respondent_kind IN ('MUNICIPALITY', 'PARTICIPANT')),
        audience         text NOT NULL CHECK (audience IN ${AUDIENCES}),
        municipality_id  char(4) CHECK (municipality_id ~ '^[0-9]{4}$'),
        pseudonym_id     uuid REFERENCES participant_identity (pseudonym_id) ON DELETE SET NULL,
        anonymous        boolean NOT NULL,
        answers          jsonb NOT NULL,
        hidden           boolean NOT NULL DEFAULT false,
        hidden_reason    text,
        disposition      text CHECK (disposition IN ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED')),
        disposition_note text,
        disposition_link text,
        disposed_at      timestamptz,
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        revised_at       timestamptz,
        CHECK ((respondent_kind = 'MUNICIPALITY') = (municipality_id IS NOT NULL)),
        CHECK (NOT hidden OR hidden_reason IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX response_one_per_municipality ON response (consultation_id, municipality_id) WHERE municipality_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX response_one_per_participant ON response (consultation_id, pseudonym_id) WHERE pseudonym_id IS NOT NULL`);
    await q.query(`CREATE INDEX response_consultation_idx ON response (consultation_id, submitted_at, id)`);
    await q.query(`CREATE INDEX response_pseudonym_idx ON response (pseudonym_id)`);
    await q.query(`CREATE INDEX response_municipality_idx ON response (municipality_id) WHERE municipality_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE response_comment (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id         uuid NOT NULL REFERENCES response (id),
        author_pseudonym_id uuid REFERENCES participant_identity (pseudonym_id) ON DELETE SET NULL,
        body                text NOT NULL,
        hidden              boolean NOT NULL DEFAULT false,
        hidden_reason       text,
        created_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX response_comment_response_idx ON response_comment (response_id, created_at)`);
    await q.query(`
      CREATE TABLE support_vote (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id        uuid NOT NULL REFERENCES response (id),
        voter_pseudonym_id uuid REFERENCES participant_identity (pseudonym_id) ON DELETE SET NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (response_id, voter_pseudonym_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['support_vote', 'response_comment', 'response', 'participant_identity', 'consultation']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
