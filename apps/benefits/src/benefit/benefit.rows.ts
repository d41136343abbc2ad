/** Column lists aliased to the GraphQL types' field names, shared by services and loaders. */
export const BENEFIT_COLUMNS = `
  b.id, b.plan_id AS "planId", b.project_id AS "projectId", b.municipality_id AS "municipalityId",
  b.initiative_id AS "initiativeId", b.type, b.indicator, b.unit, b.is_disbenefit AS "isDisbenefit",
  b.direction, b.realisation_method AS "realisationMethod", b.owner,
  b.baseline_value::text AS "baselineValue", b.baseline_date AS "baselineDate",
  b.target_value::text AS "targetValue", b.target_date AS "targetDate",
  b.expected_per_year::text AS "expectedPerYear",
  b.latest_value::text AS "latestValue", b.latest_measured_on AS "latestMeasuredOn",
  round((b.latest_value - b.baseline_value) / nullif(b.target_value - b.baseline_value, 0), 6)::text AS achievement`;

export const PLAN_COLUMNS = `
  p.id, p.project_id AS "projectId", p.municipality_id AS "municipalityId", p.initiative_id AS "initiativeId",
  p.project_name AS "projectName", p.seeded, p.created_at AS "createdAt", p.cancelled_at AS "cancelledAt"`;

export const MEASUREMENT_COLUMNS = `
  x.id, x.benefit_id AS "benefitId", x.measured_on AS "measuredOn", x.value::text AS value, x.source, x.comment,
  x.recorded_by AS "recordedBy", x.recorded_at AS "recordedAt", x.correction_of AS "correctionOf", x.superseded_by AS "supersededBy"`;
