import { DataSource, In, IsNull } from 'typeorm';
import { byIdLoader, groupLoader, inUuids, RequestContext, uuids } from '@samspill/server-graphql';
import { NetworkEntity } from './network/network.entity';
import { MunicipalityEntity } from './municipality/municipality.entity';
import { MembershipEntity } from './membership/membership.entity';
import { StrategyEntity } from './strategy/strategy.entity';
import { StrategyVersionEntity } from './strategy/strategy-version.entity';
import { FocusAreaEntity } from './focus-area/focus-area.entity';
import { GoalEntity } from './goal/goal.entity';
import { InitiativeEntity } from './initiative/initiative.entity';


/** Per-request DataLoaders: every field and reference resolver batches through these (no N+1). */
export function createLoaders(ds: DataSource) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository<T>(e);
  return {
    network: byIdLoader((ids) => repo(NetworkEntity).findBy({ id: In([...ids]) }), (n) => n.id),
    municipality: byIdLoader((ids) => repo(MunicipalityEntity).findBy({ id: In([...ids]) }), (m) => m.id),
    currentMembersOfNetwork: groupLoader(
      (ids) =>
        repo(MembershipEntity).find({ where: { networkId: In([...ids]), leftOn: IsNull() }, order: { municipalityId: 'ASC' } }),
      (m) => m.networkId,
    ),
    allMembershipsOfNetwork: groupLoader(
      (ids) => repo(MembershipEntity).find({ where: { networkId: In([...ids]) }, order: { municipalityId: 'ASC', joinedOn: 'ASC' } }),
      (m) => m.networkId,
    ),
    membershipsOfMunicipality: groupLoader(
      (ids) => repo(MembershipEntity).find({ where: { municipalityId: In([...ids]) }, order: { joinedOn: 'ASC' } }),
      (m) => m.municipalityId,
    ),
    strategy: byIdLoader((ids) => repo(StrategyEntity).findBy({ id: inUuids(ids) }), (s) => s.id),
    strategiesOfNetwork: groupLoader(
      (ids) => repo(StrategyEntity).find({ where: { networkId: In([...ids]) }, order: { periodStart: 'DESC', createdAt: 'ASC' } }),
      (s) => s.networkId,
    ),
    versionsOfStrategy: groupLoader(
      (ids) => repo(StrategyVersionEntity).find({ where: { strategyId: inUuids(ids) }, order: { versionNumber: 'ASC' } }),
      (v) => v.strategyId,
    ),
    focusArea: byIdLoader((ids) => repo(FocusAreaEntity).findBy({ id: inUuids(ids) }), (f) => f.id),
    focusAreasOfStrategy: groupLoader(
      // The tree in force: retired elements and a revision's pending additions are left out.
      (ids) => repo(FocusAreaEntity).find({ where: { strategyId: inUuids(ids), retiredAt: IsNull(), pendingAddition: false }, order: { position: 'ASC' } }),
      (f) => f.strategyId,
    ),
    goal: byIdLoader((ids) => repo(GoalEntity).findBy({ id: inUuids(ids) }), (g) => g.id),
    goalsOfFocusArea: groupLoader(
      (ids) => repo(GoalEntity).find({ where: { focusAreaId: inUuids(ids), retiredAt: IsNull(), pendingAddition: false }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (g) => g.focusAreaId,
    ),
    initiative: byIdLoader((ids) => repo(InitiativeEntity).findBy({ id: inUuids(ids) }), (i) => i.id),
    progressOfGoal: byIdLoader(
      async (ids) =>
        (
          await ds.query(
            `SELECT i.goal_id AS "goalId", count(bp.benefit_id)::int AS "measuredBenefits",
                    avg(bp.achievement)::float8 AS "averageAchievement", max(bp.measured_on)::text AS "latestMeasuredOn"
               FROM initiative i JOIN benefit_progress bp ON bp.initiative_id = i.id
              -- measured benefits of live plans only: a cancelled project's benefits no longer count
              WHERE i.goal_id = ANY($1::uuid[]) AND bp.counted AND bp.measured_on IS NOT NULL GROUP BY i.goal_id`,
            [uuids(ids)],
          )
        ) as { goalId: string; measuredBenefits: number; averageAchievement: number | null; latestMeasuredOn: string | null }[],
      (p) => p.goalId,
    ),
    consultationRoundsOfStrategy: groupLoader(
      async (ids) =>
        (await ds.query(
          `SELECT consultation_id AS "consultationId", strategy_id AS "strategyId", title, opened_at AS "openedAt",
                  closes_at AS "closesAt", closed_at AS "closedAt", responding_municipality_ids AS "respondingMunicipalityIds"
             FROM strategy_consultation WHERE strategy_id = ANY($1::uuid[]) ORDER BY opened_at`,
          [uuids(ids)],
        )) as { strategyId: string; consultationId: string }[],
      (r) => r.strategyId,
    ),
    initiativesOfGoal: groupLoader(
      (ids) => repo(InitiativeEntity).find({ where: { goalId: inUuids(ids), retiredAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (i) => i.goalId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
