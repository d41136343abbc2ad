import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader, RequestContext, uuids } from '@samspill/server-graphql';
import { BENEFIT_COLUMNS, MEASUREMENT_COLUMNS, PLAN_COLUMNS } from './benefit/benefit.rows';
import type { BenefitMeasurementType, BenefitObjectType, BenefitPlanType, BenefitProfileType } from './benefit/benefit.type';
import { gapsQuery, rollupQuery } from './realisation/realisation.sql';
import { BenefitGap, BenefitRealisation, BenefitRollupRow } from './realisation/realisation.type';
import { BenefitRollupDimension } from './realisation/realisation.model';
import { benefitExpectationV1 } from '@samspill/contracts';


/** Current realisation (latest measurements) of many projects, municipalities or initiatives in two queries. */
function realisationLoader(ds: DataSource, by: BenefitRollupDimension) {
  return new DataLoader<string, BenefitRealisation>(async (keys) => {
    const lines: (BenefitRollupRow & { key: string })[] = await ds.query(...asArgs(rollupQuery(by, null, null, null, keys)));
    const gaps: (BenefitGap & { key: string })[] = await ds.query(...asArgs(gapsQuery(by, keys)));
    return keys.map((k) => ({ lines: lines.filter((l) => l.key === k), gaps: gaps.filter((g) => g.key === k) }));
  });
}

const asArgs = (q: { text: string; values: unknown[] }) => [q.text, q.values] as const;

/** Per-request DataLoaders: every field and reference resolver batches through these (no N+1). */
export function createLoaders(ds: DataSource) {
  return {
    planOfProject: byIdLoader<BenefitPlanType>(
      (ids) => ds.query(`SELECT ${PLAN_COLUMNS} FROM benefit_plan p WHERE p.project_id = ANY($1)`, [[...ids]]),
      (p) => p.projectId,
    ),
    benefit: byIdLoader<BenefitObjectType>(
      (ids) => ds.query(`SELECT ${BENEFIT_COLUMNS} FROM benefit b WHERE b.id = ANY($1::uuid[])`, [uuids(ids)]),
      (b) => b.id,
    ),
    benefitsOfPlan: groupLoader<BenefitObjectType>(
      (ids) => ds.query(`SELECT ${BENEFIT_COLUMNS} FROM benefit b WHERE b.plan_id = ANY($1::uuid[]) ORDER BY b.created_at, b.id`, [uuids(ids)]),
      (b) => b.planId,
    ),
    measurementsOfBenefit: groupLoader<BenefitMeasurementType>(
      (ids) => ds.query(`SELECT ${MEASUREMENT_COLUMNS} FROM measurement x WHERE x.benefit_id = ANY($1::uuid[]) ORDER BY x.measured_on, x.seq`, [uuids(ids)]),
      (x) => x.benefitId,
    ),
    profile: byIdLoader<BenefitProfileType>(
      async (ids) => {
        const rows: BenefitProfileType[] = await ds.query(
          `SELECT initiative_id AS "initiativeId", network_id AS "networkId", goal_id AS "goalId", title, expected_benefits AS "expectedBenefits"
           FROM initiative_profile WHERE initiative_id = ANY($1)`,
          [[...ids]],
        );
        // Profiles stored before directions existed: the contract's defaults apply to them too.
        return rows.map((p) => ({ ...p, expectedBenefits: p.expectedBenefits.map((e) => benefitExpectationV1.parse(e) as typeof e) }));
      },
      (p) => p.initiativeId,
    ),
    projectRealisation: realisationLoader(ds, BenefitRollupDimension.PROJECT),
    municipalityRealisation: realisationLoader(ds, BenefitRollupDimension.MUNICIPALITY),
    initiativeRealisation: realisationLoader(ds, BenefitRollupDimension.INITIATIVE),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
