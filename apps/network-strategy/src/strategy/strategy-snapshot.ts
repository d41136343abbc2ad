import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { BenefitExpectation } from '../initiative/initiative.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import { GoalEntity } from '../goal/goal.entity';
import type { StrategyEntity } from './strategy.entity';

export interface InitiativeSnapshot {
  id: string;
  title: string;
  description: string;
  owner: string;
  status: string;
  costSharingModel: string;
  expectedBenefits: BenefitExpectation[];
}

export interface GoalSnapshot {
  id: string;
  title: string;
  description: string;
  indicator: string;
  unit: string;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  initiatives: InitiativeSnapshot[];
}

export interface FocusAreaSnapshot {
  id: string;
  title: string;
  description: string;
  goals: GoalSnapshot[];
}

/** An element retired in the version holding this entry, and why (issue 10). */
export interface RetiredSnapshot {
  entity: 'FOCUS_AREA' | 'GOAL' | 'INITIATIVE';
  id: string;
  title: string;
  reason: string;
}

/** The whole strategy tree as adopted: what a StrategyVersion freezes. */
export interface StrategySnapshot {
  title: string;
  vision: string;
  periodStart: number;
  periodEnd: number;
  focusAreas: FocusAreaSnapshot[];
  /** What this version retired; absent in versions adopted before issue 10. */
  retired?: RetiredSnapshot[];
}

/** The live rows of a strategy's tree that are part of it: never retired ones, in display order. */
export interface StrategyTree {
  focusAreas: FocusAreaEntity[];
  goals: GoalEntity[];
  initiatives: InitiativeEntity[];
}

/** Loads the tree; `withPending` adds the focus areas and goals an open revision added. */
export async function loadTree(m: EntityManager, strategyId: string, withPending: boolean): Promise<StrategyTree> {
  const pending = withPending ? {} : { pendingAddition: false };
  const focusAreas = await m.find(FocusAreaEntity, { where: { strategyId, retiredAt: IsNull(), ...pending }, order: { position: 'ASC' } });
  const goals = await m.find(GoalEntity, {
    where: { focusAreaId: In(focusAreas.map((f) => f.id)), retiredAt: IsNull(), ...pending },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const initiatives = await m.find(InitiativeEntity, { where: { goalId: In(goals.map((g) => g.id)), retiredAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  return { focusAreas, goals, initiatives };
}

type StrategyFields = Pick<StrategyEntity, 'title' | 'vision' | 'periodStart' | 'periodEnd'>;

export function assembleSnapshot(strategy: StrategyFields, tree: StrategyTree, retired: RetiredSnapshot[]): StrategySnapshot {
  return {
    title: strategy.title,
    vision: strategy.vision,
    periodStart: strategy.periodStart,
    periodEnd: strategy.periodEnd,
    focusAreas: tree.focusAreas.map((f) => ({
      id: f.id,
      title: f.title,
      description: f.description,
      goals: tree.goals
        .filter((g) => g.focusAreaId === f.id)
        .map((g) => ({
          id: g.id,
          title: g.title,
          description: g.description,
          indicator: g.indicator,
          unit: g.unit,
          baselineValue: g.baselineValue,
          targetValue: g.targetValue,
          targetYear: g.targetYear,
          initiatives: tree.initiatives
            .filter((i) => i.goalId === g.id)
            .map((i) => ({
              id: i.id,
              title: i.title,
              description: i.description,
              owner: i.owner,
              status: i.status,
              costSharingModel: i.costSharingModel,
              expectedBenefits: i.expectedBenefits,
            })),
        })),
    })),
    retired,
  };
}

/** The strategy as it stands in its rows (what an adoption freezes), with what this adoption retired. */
export async function takeSnapshot(m: EntityManager, strategy: StrategyEntity, retired: RetiredSnapshot[]): Promise<StrategySnapshot> {
  return assembleSnapshot(strategy, await loadTree(m, strategy.id, false), retired);
}
