/**
 * Change tracking for incremental exports, added by each service's own migration for the tables
 * its exports read: a `bi_xid` column holding the id of the transaction that last wrote the row
 * (set on insert by default and on update by trigger), and a `bi_deleted` log of deleted rows so
 * a deletion becomes a tombstone. Existing rows get xid 0: older than any watermark ever issued.
 * The log keeps only the columns named per table (keys and scope), never the whole row: a
 * deletion may be an erasure of personal data, which must not survive in a log.
 */
export function changeTrackingUp(tables: Record<string, string[]>): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS bi_deleted (
       tbl text NOT NULL,
       row_data jsonb NOT NULL,
       deleted_xid xid8 NOT NULL DEFAULT pg_current_xact_id())`,
    `CREATE INDEX IF NOT EXISTS bi_deleted_idx ON bi_deleted (tbl, deleted_xid)`,
    `CREATE OR REPLACE FUNCTION bi_touch() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.bi_xid := pg_current_xact_id(); RETURN NEW; END $$`,
    `CREATE OR REPLACE FUNCTION bi_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO bi_deleted (tbl, row_data)
         SELECT TG_TABLE_NAME, jsonb_object_agg(k, to_jsonb(OLD) -> k) FROM unnest(TG_ARGV) AS k;
         RETURN OLD;
       END $$`,
    ...Object.entries(tables).flatMap(([t, logged]) => [
      `ALTER TABLE ${t} ADD COLUMN bi_xid xid8 NOT NULL DEFAULT '0'`,
      `ALTER TABLE ${t} ALTER COLUMN bi_xid SET DEFAULT pg_current_xact_id()`,
      `CREATE TRIGGER ${t}_bi_touch BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION bi_touch()`,
      `CREATE TRIGGER ${t}_bi_deleted AFTER DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION bi_log_delete(${logged.map((c) => `'${c}'`).join(', ')})`,
    ]),
  ];
}

export function changeTrackingDown(tables: Record<string, string[]>): string[] {
  return [
    ...Object.keys(tables).flatMap((t) => [
      `DROP TRIGGER ${t}_bi_deleted ON ${t}`,
      `DROP TRIGGER ${t}_bi_touch ON ${t}`,
      `ALTER TABLE ${t} DROP COLUMN bi_xid`,
    ]),
    `DROP FUNCTION bi_log_delete()`,
    `DROP FUNCTION bi_touch()`,
    `DROP TABLE bi_deleted`,
  ];
}
