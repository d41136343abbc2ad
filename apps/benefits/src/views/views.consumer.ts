import type { EntityManager } from 'typeorm';
import { eventHandlers, type On } from '@samspill/server-events';
import { rescaleProfileTargets, seedPlanFromProfile } from '../plan/seed-plan';
import { openPlan } from '../plan/open-plan';
import { closePlanOfCancelledProject, renamePlan } from '../plan/close-plan';

/** Municipality dimension (name, county, population) from network-strategy; the latest event wins. */
const onMunicipality: On<'MunicipalityRegistered'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO municipality (id, name, county, population) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, county = EXCLUDED.county, population = EXCLUDED.population`,
    [data.municipalityId, data.name, data.county, data.population],
  );
  await rescaleProfileTargets(m, data.municipalityId, data.population);
};

/**
 * The initiative's benefit profile and its goal/network dimensions. Projects created before the
 * launch reached us have an empty plan waiting: seed those now.
 */
const onInitiativeLaunched: On<'InitiativeLaunched'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO initiative_profile (initiative_id, network_id, goal_id, title, launched_at, expected_benefits)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (initiative_id) DO UPDATE SET network_id = EXCLUDED.network_id, goal_id = EXCLUDED.goal_id,
       title = EXCLUDED.title, launched_at = EXCLUDED.launched_at, expected_benefits = EXCLUDED.expected_benefits`,
    [data.initiativeId, data.networkId, data.goalId, data.title, data.launchedAt, JSON.stringify(data.expectedBenefits)],
  );
  const waiting: { id: string }[] = await m.query(`SELECT id FROM benefit_plan WHERE initiative_id = $1 AND NOT seeded`, [data.initiativeId]);
  for (const plan of waiting) await seedPlanFromProfile(m, plan.id);
};

const onFocusArea: On<'FocusAreaAdded'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO focus_area (id, strategy_id, title) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET strategy_id = EXCLUDED.strategy_id, title = EXCLUDED.title`,
    [data.focusAreaId, data.strategyId, data.title],
  );
};

const onGoal: On<'GoalAdded'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO goal_dim (goal_id, focus_area_id, title) VALUES ($1, $2, $3)
     ON CONFLICT (goal_id) DO UPDATE SET focus_area_id = EXCLUDED.focus_area_id, title = EXCLUDED.title`,
    [data.goalId, data.focusAreaId, data.title],
  );
};

/** Renamed in a strategy revision (issue 10): the dimensions follow, so rollups and the export show the name in force. */
const onFocusAreaChanged: On<'FocusAreaChanged'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO focus_area (id, strategy_id, title) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title`,
    [data.focusAreaId, data.strategyId, data.title],
  );
};

const onGoalChanged: On<'GoalChanged'> = async (data, { manager: m }) => {
  await m.query(
    `INSERT INTO goal_dim (goal_id, focus_area_id, title) VALUES ($1, $2, $3) ON CONFLICT (goal_id) DO UPDATE SET title = EXCLUDED.title`,
    [data.goalId, data.focusAreaId, data.title],
  );
};

/**
 * Only a launched initiative has a profile here; its benefit profile is fixed at launch (plans
 * were seeded from it), so only the title follows. A retired initiative's facts keep counting:
 * they are the municipalities' own realised benefits.
 */
const onInitiativeChanged: On<'InitiativeChanged'> = async (data, { manager: m }) => {
  await m.query(`UPDATE initiative_profile SET title = $2 WHERE initiative_id = $1`, [data.initiativeId, data.title]);
};

const onProjectCreated: On<'ProjectCreated'> = (project, { manager }) => openPlan(manager, project);

const onProjectCancelled: On<'ProjectCancelled'> = (project, { manager }) => closePlanOfCancelledProject(manager, project);

const onProjectRenamed: On<'ProjectRenamed'> = (project, { manager }) => renamePlan(manager, project);

export const VIEWS_CONSUMER = 'benefits.views';

export const viewHandlers = eventHandlers()
  .on('MunicipalityRegistered', onMunicipality)
  .on('MunicipalityUpdated', onMunicipality)
  .on('InitiativeLaunched', onInitiativeLaunched)
  .on('ProjectCreated', onProjectCreated)
  .on('ProjectCancelled', onProjectCancelled)
  .on('ProjectRenamed', onProjectRenamed)
  .on('FocusAreaAdded', onFocusArea)
  .on('GoalAdded', onGoal)
  .on('FocusAreaChanged', onFocusAreaChanged)
  .on('GoalChanged', onGoalChanged)
  .on('InitiativeChanged', onInitiativeChanged);

/** Clears the views so they can be rebuilt from the topics; plans and measurements are this service's own. */
export async function resetViews(m: EntityManager): Promise<void> {
  await m.query(`TRUNCATE municipality, initiative_profile, focus_area, goal_dim`);
}
