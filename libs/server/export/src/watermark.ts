/**
 * Watermarks are PostgreSQL 64-bit transaction ids. An export reads one REPEATABLE READ snapshot
 * and hands out the snapshot's xmin: every transaction below it had finished when the snapshot was
 * taken (so its changes are in this load), and every change this load could not see was made by a
 * transaction at or above it. `bi_xid >= watermark` on the next load therefore misses nothing; it
 * may repeat a row, which an upsert by key absorbs. (A sequence or timestamp would miss rows whose
 * transaction committed after a later one.)
 */
export const WATERMARK_HEADER = 'x-samspill-watermark';

const WATERMARK = /^[0-9]{1,19}$/;

export const isWatermark = (value: string) => WATERMARK.test(value);

export const SNAPSHOT_WATERMARK_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS watermark`;

/** `(a.bi_xid >= $n OR b.bi_xid >= $n …)` over every table an exported row is built from. */
export function changedSince(aliases: string[], param: string): string {
  return `(${aliases.map((a) => `${a}.bi_xid >= ${param}::xid8`).join(' OR ')})`;
}
