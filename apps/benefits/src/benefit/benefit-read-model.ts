import type { EntityManager } from 'typeorm';

/**
 * Rebuilds one benefit's latest value and its per-month/quarter/year last measurement from its
 * current (non-superseded) measurements. A benefit has a few dozen rows at most, so a full
 * rebuild in the writing transaction is cheap and cannot drift.
 */
export async function refreshBenefitReadModel(m: EntityManager, benefitId: string): Promise<void> {
  await m.query(`DELETE FROM benefit_period WHERE benefit_id = $1`, [benefitId]);
  await m.query(
    `INSERT INTO benefit_period (benefit_id, grain, period_start, value, measured_on, measurement_id)
     SELECT DISTINCT ON (g.grain, date_trunc(g.grain, x.measured_on::timestamp))
            x.benefit_id, g.grain, date_trunc(g.grain, x.measured_on::timestamp)::date, x.value, x.measured_on, x.id
     FROM measurement x CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) AS g (grain)
     WHERE x.benefit_id = $1 AND x.superseded_by IS NULL
     ORDER BY g.grain, date_trunc(g.grain, x.measured_on::timestamp), x.measured_on DESC, x.seq DESC`,
    [benefitId],
  );
  await m.query(
    `UPDATE benefit b SET latest_value = l.value, latest_measured_on = l.measured_on, latest_measurement_id = l.id
     FROM (SELECT $1::uuid AS benefit_id) k
     LEFT JOIN LATERAL (
       SELECT x.id, x.value, x.measured_on FROM measurement x
       WHERE x.benefit_id = k.benefit_id AND x.superseded_by IS NULL
       ORDER BY x.measured_on DESC, x.seq DESC LIMIT 1) l ON true
     WHERE b.id = k.benefit_id`,
    [benefitId],
  );
}
