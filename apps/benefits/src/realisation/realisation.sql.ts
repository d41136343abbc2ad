import type { FactScope } from '../common/access-policy';
import { SqlParams } from '../common/sql';
import { BenefitFactFilter } from './dto/realisation.inputs';
import { BenefitPeriodGrain, BenefitRollupDimension } from './realisation.model';

/** Every rollup and fact query reads benefits joined to their dimensions under these aliases. */
export const FROM_BENEFIT = `benefit b
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
  // A cancelled project's plan (reversed adoption) no longer counts anywhere figures are summed.
  const where: string[] = ['p.cancelled_at IS NULL'];
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

/**
 * Gains are signed by direction: +1 when higher is better, −1 when lower is better, so a shorter
 * case-handling time is a positive gain. A dis-benefit's expected value lies on the worse side, so
 * its gain is negative and counts against the benefits; summing signed gains gives the net.
 */
const SIGN = `(CASE b.direction WHEN 'LOWER_IS_BETTER' THEN -1 ELSE 1 END)`;
const PLANNED = `${SIGN} * (b.target_value - b.baseline_value)`;
/** Realised only counts for benefits that also have a target (otherwise there is no plan to compare with). */
const realisedGain = (value: string) => `CASE WHEN b.target_value IS NOT NULL THEN ${SIGN} * (${value} - b.baseline_value) END`;

/** Gross benefit, dis-benefit (as a positive amount) and net, from signed gains. */
// round(…, 2): amounts always print with their øre ("0.00", never "0"), without a width limit on national totals.
const splitSums = (gain: string, prefix: string) => `
      round(coalesce(sum(${gain}) FILTER (WHERE NOT b.is_disbenefit), 0), 2) AS "${prefix}Benefit",
      round(coalesce(-sum(${gain}) FILTER (WHERE b.is_disbenefit), 0), 2) AS "${prefix}Disbenefit",
      round(coalesce(sum(${gain}), 0), 2) AS "${prefix}Gain"`;

const AMOUNTS = (g: string, r: string) => `
  ${g}."plannedBenefit"::text AS "plannedBenefit", ${g}."plannedDisbenefit"::text AS "plannedDisbenefit", ${g}."plannedGain"::text AS "plannedGain",
  ${r}."realisedBenefit"::text AS "realisedBenefit", ${r}."realisedDisbenefit"::text AS "realisedDisbenefit", ${r}."realisedGain"::text AS "realisedGain",
  round(${r}."realisedGain" / nullif(${g}."plannedGain", 0), 6)::text AS achievement`;

const GRAIN_STEP: Record<BenefitPeriodGrain, number> = { month: 1, quarter: 3, year: 12 };

/** True when the date is the first day of a month, quarter or year. */
export function isPeriodStart(date: string, grain: BenefitPeriodGrain): boolean {
  const [, month, day] = date.split('-').map(Number);
  return day === 1 && (month - 1) % GRAIN_STEP[grain] === 0;
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The value of each benefit per period: its last current measurement in that period and within
 * [from, to]. When from/to fall on period boundaries the benefit_period read model answers;
 * otherwise the edge periods need the measurements themselves.
 */
function periodValues(sql: SqlParams, grain: BenefitPeriodGrain, from: string | null, to: string | null): string {
  const aligned = (from === null || isPeriodStart(from, grain)) && (to === null || isPeriodStart(nextDay(to), grain));
  const g = sql.param(grain);
  if (aligned) {
    const where = [`bp.grain = ${g}`];
    if (from) where.push(`bp.period_start >= ${sql.param(from)}::date`);
    if (to) where.push(`bp.period_start <= ${sql.param(to)}::date`);
    return `SELECT bp.benefit_id, bp.period_start, bp.value FROM benefit_period bp WHERE ${where.join(' AND ')}`;
  }
  const where = ['x.superseded_by IS NULL'];
  if (from) where.push(`x.measured_on >= ${sql.param(from)}::date`);
  if (to) where.push(`x.measured_on <= ${sql.param(to)}::date`);
  return `SELECT DISTINCT ON (x.benefit_id, 2) x.benefit_id, date_trunc(${g}, x.measured_on::timestamp)::date AS period_start, x.value
          FROM measurement x WHERE ${where.join(' AND ')}
          ORDER BY x.benefit_id, 2, x.measured_on DESC, x.seq DESC`;
}

/**
 * Planned vs realised per dimension value, type and unit, gross, dis-benefit and net apart.
 * Without a grain: each benefit's latest current measurement (the latest within from/to when
 * given). With a grain: per period, each benefit's last measurement in that period (and within
 * from/to), against the group's whole plan. Plans of cancelled projects are not counted.
 */
export function rollupQuery(by: BenefitRollupDimension, grain: BenefitPeriodGrain | null, filter: BenefitFactFilter | null | undefined, scope: FactScope | null, keys?: readonly string[]) {
  const sql = new SqlParams();
  const { key, label } = DIMENSIONS[by];
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  const where = benefitWhere(sql, filter, scope);
  if (keys) where.push(`${key} = ANY(${sql.param([...keys])}::text[])`);
  if (!grain) {
    const windowed = from !== null || to !== null;
    const inWindow = [`x.benefit_id = b.id`, `x.superseded_by IS NULL`];
    if (from) inWindow.push(`x.measured_on >= ${sql.param(from)}::date`);
    if (to) inWindow.push(`x.measured_on <= ${sql.param(to)}::date`);
    const value = windowed ? 'lv.value' : 'b.latest_value';
    const latestInWindow = windowed
      ? `LEFT JOIN LATERAL (SELECT x.value FROM measurement x WHERE ${inWindow.join(' AND ')} ORDER BY x.measured_on DESC, x.seq DESC LIMIT 1) lv ON true`
      : '';
    return {
      text: `
        SELECT key, label, NULL::text AS "periodStart", type, unit, "benefitCount", "withBaseline", "measuredCount", ${AMOUNTS('g', 'g')}
        FROM (
          SELECT ${key} AS key, max(${label}) AS label, b.type, b.unit,
            count(*)::int AS "benefitCount", count(b.baseline_value)::int AS "withBaseline", count(${value})::int AS "measuredCount",
            ${splitSums(PLANNED, 'planned')},
            ${splitSums(realisedGain(value), 'realised')}
          FROM ${FROM_BENEFIT} ${latestInWindow} ${and(where)}
          GROUP BY 1, b.type, b.unit) g
        ORDER BY key NULLS LAST, type, unit`,
      values: sql.values,
    };
  }
  const values = periodValues(sql, grain, from, to);
  return {
    text: `
      WITH scoped AS (SELECT b.*, ${key} AS key, ${label} AS label FROM ${FROM_BENEFIT} ${and(where)}),
      plan AS (
        SELECT b.key, max(b.label) AS label, b.type, b.unit, count(*)::int AS "benefitCount", count(b.baseline_value)::int AS "withBaseline",
          ${splitSums(PLANNED, 'planned')}
        FROM scoped b GROUP BY 1, b.type, b.unit),
      per AS (
        SELECT b.key, pv.period_start, b.type, b.unit, count(*)::int AS measured, ${splitSums(realisedGain('pv.value'), 'realised')}
        FROM (${values}) pv JOIN scoped b ON b.id = pv.benefit_id
        GROUP BY 1, pv.period_start, b.type, b.unit)
      SELECT per.key, plan.label, per.period_start::text AS "periodStart", per.type, per.unit,
        plan."benefitCount", plan."withBaseline", per.measured AS "measuredCount", ${AMOUNTS('plan', 'per')}
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

/** Every table a fact row is built from, by alias: a change to any of them changes the row (incremental exports). */
export const FACT_SOURCES = ['x', 'b', 'p', 'i', 'mu', 'g', 'fa'];

/**
 * One row per current measurement, ordered by its sequence number (the keyset and the export order).
 * `since` (a BI export watermark) keeps only rows changed since then.
 */
export function factsQuery(filter: BenefitFactFilter | null | undefined, scope: FactScope, afterSeq: string | null, limit: number | null, since: string | null = null) {
  const sql = new SqlParams();
  const where = ['x.superseded_by IS NULL', ...benefitWhere(sql, filter, scope)];
  if (since) {
    const w = sql.param(since);
    where.push(`(${FACT_SOURCES.map((a) => `${a}.bi_xid >= ${w}::xid8`).join(' OR ')})`);
  }
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
        b.indicator, b.unit, b.is_disbenefit AS "isDisbenefit", b.direction,
        b.baseline_value::text AS "baselineValue", b.baseline_date AS "baselineDate",
        b.target_value::text AS "targetValue", b.target_date AS "targetDate", x.value::text AS value,
        round((x.value - b.baseline_value) / nullif(b.target_value - b.baseline_value, 0), 6)::text AS achievement,
        (${PLANNED})::text AS "plannedGain", (${realisedGain('x.value')})::text AS "realisedGain", x.source,
        x.correction_of AS supersedes, NULL::uuid AS "supersededBy", false AS "rowDeleted"
      FROM measurement x JOIN (${FROM_BENEFIT}) ON b.id = x.benefit_id
      ${and(where)}
      ORDER BY x.seq ${limit === null ? '' : `LIMIT ${sql.param(limit)}`}`,
    values: sql.values,
  };
}
