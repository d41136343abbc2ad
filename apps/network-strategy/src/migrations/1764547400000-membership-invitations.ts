import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: membership needs the municipality's consent. A network invites; the municipality's
 * editor accepts (the membership starts) or declines; the network may withdraw a pending one.
 * Memberships recorded before this migration stay as they were (their consent was given outside
 * the system); a municipality that never agreed ends one with leaveNetwork.
 */
export class MembershipInvitations1764547400000 implements MigrationInterface {
  name = 'MembershipInvitations1764547400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE membership_invitation (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id      text NOT NULL REFERENCES network (id),
        municipality_id char(4) NOT NULL REFERENCES municipality (id),
        status          text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        joined_on       date,
        message         text NOT NULL DEFAULT '',
        invited_by      text NOT NULL,
        invited_at      timestamptz NOT NULL DEFAULT now(),
        responded_by    text,
        responded_at    timestamptz,
        response_note   text,
        membership_id   uuid REFERENCES membership (id),
        CHECK ((status = 'PENDING') = (responded_at IS NULL)),
        CHECK ((status = 'ACCEPTED') = (membership_id IS NOT NULL))
      )`);
    // One open invitation per network and municipality.
    await q.query(`CREATE UNIQUE INDEX membership_invitation_pending_uq ON membership_invitation (network_id, municipality_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX membership_invitation_municipality_idx ON membership_invitation (municipality_id, invited_at)`);
    await q.query(`ALTER TABLE membership ADD COLUMN ended_by text CHECK (ended_by IN ('NETWORK', 'MUNICIPALITY'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership DROP COLUMN ended_by`);
    await q.query(`DROP TABLE membership_invitation`);
  }
}
