import { MigrationInterface, QueryRunner } from 'typeorm';

/** Analyst API keys (hashed) and the audit trail of their use, in the gateway's own schema. */
export class CreateApiKeys1764500100000 implements MigrationInterface {
  name = 'CreateApiKeys1764500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id          uuid PRIMARY KEY,
        network_id  text NOT NULL,
        label       text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        secret_hash char(64) NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        revoked_at  timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_network_idx ON api_key (network_id)`);
    await q.query(`
      CREATE TABLE api_key_use (
        id         bigserial PRIMARY KEY,
        key_id     uuid NOT NULL REFERENCES api_key (id),
        used_at    timestamptz NOT NULL DEFAULT now(),
        method     text NOT NULL,
        path       text NOT NULL,
        status     integer NOT NULL,
        request_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX api_key_use_key_idx ON api_key_use (key_id, used_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key_use`);
    await q.query(`DROP TABLE api_key`);
  }
}
