import type { FactScope } from '../common/access-policy';
import { SqlParams } from '../common/sql';
import { BenefitFactFilter, BenefitPeriodGrain, BenefitRollupDimension } from './realisation.type';

/** Every rollup and fact query reads benefits joined to their dimensions under these aliases. */
const FROM_BENEFIT = `benefit b
  JOIN benefit_plan p ON p.id = b.plan_id
  LEFT JOIN initiative_profile i ON i.initiative_id = b.initiative_id
  LEFT JOIN municipality mu ON mu.id = b.municipality_id
  LEFT JOIN goal_dim g ON g.goal_id = i.goal_id
  LEFT JOIN focus_area fa ON fa.id = g.focus_area_id`;

const DIMENSIONS: Record<BenefitRollupDimension, { key: string; label: string }> = {
  PROJECT: { key: 'b.project_id', label: 'p.project_name' },
  MUNICIPALITY: { key: 'b.municipality_id::text', label: 'mu.name' },
  INITIATIVE: { key: 'b.initiative_id', label: 'i.title' },
  GOAL: { key: 'i.goal_id', label: 'g.title' },
  FOCUS_AREA: { key: 'g.focus_area_id', label: 'fa.title' },
  NETWORK: { key: 'i.network_id', label: 'NULL::text' },
};

export function dimensionKey(by: BenefitRollupDimension): string {
  return DIMENSIONS[by].key;
}

/** Filters on the benefit's dimensions plus the caller's scope; `null` scope means no restriction. */
export function benefitWhere(sql: SqlParams, filter: BenefitFactFilter | null | undefined, scope: FactScope | null): string[] {
  const where: string[] = [];
  const f = filter ?? {};
  if (f.municipalityId) where.push(`b.municipality_id = ${sql.param(f.municipalityId)}`);
  if (f.initiativeId) where.push(`b.initiative_id = ${sql.param(f.initiativeId)}`);
  if (f.projectId) where.push(`b.project_id = ${sql.param(f.projectId)}`);
  if (f.goalId) where.push(`i.goal_id = ${sql.param(f.goalId)}`);
  if (f.focusAreaId) where.push(`g.focus_area_id = ${sql.param(f.focusAreaId)}`);
  if (f.networkId) where.push(`i.network_id = ${sql.param(f.networkId)}`);
  if (f.type) where.push(`b.type = ${sql.param(f.type)}`);
  if (scope && !scope.all) {
    where.push(`(b.municipality_id = ANY(${sql.param(scope.municipalities)}::text[]) OR i.network_id = ANY(${sql.param(scope.networks)}::text[]))`);
  }
  return where;
}

const and = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');

const PLANNED = `b.target_value - b.baseline_value`;

/**
 * Planned vs realised per dimension value, type and unit. Without a grain: each benefit's latest
 * measurement. With a grain: per period, each benefit's last measurement in that period
 * (from the benefit_period read model), against the group's whole plan.
 */
export function rollupQuery(by: BenefitRollupDimension, grain: BenefitPeriodGrain | null, filter: BenefitFactFilter | null | undefined, scope: FactScope | null, keys?: readonly string[]) {
  const sql = new SqlParams();
  const { key, label } = DIMENSIONS[by];
  const where = benefitWhere(sql, filter, scope);
  if (keys) where.push(`${key} = ANY(${sql.param([...keys])}::text[])`);
  const plan = `
    SELECT ${key} AS key, max(${label}) AS label, b.type, b.unit,
      count(*)::int AS "benefitCount",
      count(b.baseline_value)::int AS "withBaseline",
      count(b.latest_value)::int AS "measuredCount",
      coalesce(sum(${PLANNED}), 0) AS planned,
      coalesce(sum(b.latest_value - b.baseline_value) FILTER (WHERE b.target_value IS NOT NULL), 0) AS realised
    FROM ${FROM_BENEFIT} ${and(where)}
    GROUP BY 1, b.type, b.unit`;
  if (!grain) {
    return {
      text: `SELECT key, label, NULL::text AS "periodStart", type, unit, "benefitCount", "withBaseline", "measuredCount",
               planned::text AS "plannedGain", realised::text AS "realisedGain",
               round(realised / nullif(planned, 0), 6)::text AS achievement
             FROM (${plan}) g ORDER BY key NULLS LAST, type, unit`,
      values: sql.values,
    };
  }
  const periodWhere = [...where, `bp.grain = ${sql.param(grain)}`, `b.baseline_value IS NOT NULL`, `b.target_value IS NOT NULL`];
  if (filter?.from) periodWhere.push(`bp.period_start >= date_trunc(${sql.param(grain)}, ${sql.param(filter.from)}::timestamp)::date`);
  if (filter?.to) periodWhere.push(`bp.period_start <= ${sql.param(filter.to)}::date`);
  return {
    text: `
      WITH plan AS (${plan}),
      per AS (
        SELECT ${key} AS key, bp.period_start, b.type, b.unit, count(*)::int AS measured, sum(bp.value - b.baseline_value) AS realised
        FROM benefit_period bp JOIN (${FROM_BENEFIT}) ON b.id = bp.benefit_id
        ${and(periodWhere)}
        GROUP BY 1, bp.period_start, b.type, b.unit)
      SELECT per.key, plan.label, per.period_start::text AS "periodStart", per.type, per.unit,
        plan."benefitCount", plan."withBaseline", per.measured AS "measuredCount",
        plan.planned::text AS "plannedGain", per.realised::text AS "realisedGain",
        round(per.realised / nullif(plan.planned, 0), 6)::text AS achievement
      -- coalesce, not IS NOT DISTINCT FROM: only an equality join can be hashed (thousands of projects).
      FROM per JOIN plan ON coalesce(plan.key, '') = coalesce(per.key, '') AND plan.type = per.type AND plan.unit = per.unit
      ORDER BY per.key NULLS LAST, per.period_start, per.type, per.unit`,
    values: sql.values,
  };
}

export function gapsQuery(by: BenefitRollupDimension, keys: readonly string[]) {
  const sql = new SqlParams();
  const key = DIMENSIONS[by].key;
  return {
    text: `SELECT ${key} AS key, b.id AS "benefitId", b.project_id AS "projectId", b.municipality_id AS "municipalityId", b.indicator,
             b.baseline_value IS NULL AS "missingBaseline", b.target_value IS NULL AS "missingTarget", b.latest_value IS NULL AS "missingMeasurements"
           FROM ${FROM_BENEFIT}
           WHERE ${key} = ANY(${sql.param([...keys])}::text[]) AND (b.baseline_value IS NULL OR b.target_value IS NULL OR b.latest_value IS NULL)
           ORDER BY b.created_at, b.id`,
    values: sql.values,
  };
}

/** The flat fact columns, in export order. */
export const FACT_COLUMNS = [
  'measurementId', 'measuredOn', 'period', 'networkId', 'municipalityId', 'municipalityName', 'county', 'initiativeId',
  'initiativeTitle', 'goalId', 'focusAreaId', 'projectId', 'projectName', 'benefitId', 'benefitType', 'indicator', 'unit',
  'isDisbenefit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'value', 'achievement', 'source',
] as const;

/** One row per current measurement, ordered by its sequence number (the keyset and the export order). */
export function factsQuery(filter: BenefitFactFilter | null | undefined, scope: FactScope, afterSeq: string | null, limit: number | null) {
  const sql = new SqlParams();
  const where = ['x.superseded_by IS NULL', ...benefitWhere(sql, filter, scope)];
  if (filter?.from) where.push(`x.measured_on >= ${sql.param(filter.from)}::date`);
  if (filter?.to) where.push(`x.measured_on <= ${sql.param(filter.to)}::date`);
  if (afterSeq) where.push(`x.seq > ${sql.param(afterSeq)}::bigint`);
  return {
    text: `
      SELECT x.seq::text AS seq, x.id AS "measurementId", x.measured_on AS "measuredOn",
        to_char(x.measured_on, 'YYYY-"Q"Q') AS period,
        i.network_id AS "networkId", b.municipality_id::text AS "municipalityId", mu.name AS "municipalityName", mu.county,
        b.initiative_id AS "initiativeId", i.title AS "initiativeTitle", i.goal_id AS "goalId", g.focus_area_id AS "focusAreaId",
        b.project_id AS "projectId", p.project_name AS "projectName", b.id AS "benefitId", b.type AS "benefitType",
        b.indicator, b.unit, b.is_disbenefit AS "isDisbenefit",
        b.baseline_value::text AS "baselineValue", b.baseline_date AS "baselineDate",
        b.target_value::text AS "targetValue", b.target_date AS "targetDate", x.value::text AS value,
        round((x.value - b.baseline_value) / nullif(${PLANNED}, 0), 6)::text AS achievement, x.source
      FROM measurement x JOIN (${FROM_BENEFIT}) ON b.id = x.benefit_id
      ${and(where)}
      ORDER BY x.seq ${limit === null ? '' : `LIMIT ${sql.param(limit)}`}`,
    values: sql.values,
  };
}
