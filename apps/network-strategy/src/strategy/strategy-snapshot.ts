import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
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

/** The whole strategy tree as adopted: what a StrategyVersion freezes. */
export interface StrategySnapshot {
  title: string;
  vision: string;
  periodStart: number;
  periodEnd: number;
  focusAreas: FocusAreaSnapshot[];
}

export async function takeSnapshot(m: EntityManager, strategy: StrategyEntity): Promise<StrategySnapshot> {
  const focusAreas = await m.find(FocusAreaEntity, { where: { strategyId: strategy.id }, order: { position: 'ASC' } });
  const goals = await m.find(GoalEntity, { where: { focusAreaId: In(focusAreas.map((f) => f.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
  const initiatives = await m.find(InitiativeEntity, { where: { goalId: In(goals.map((g) => g.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
  return {
    title: strategy.title,
    vision: strategy.vision,
    periodStart: strategy.periodStart,
    periodEnd: strategy.periodEnd,
    focusAreas: focusAreas.map((f) => ({
      id: f.id,
      title: f.title,
      description: f.description,
      goals: goals
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
          initiatives: initiatives
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
  };
}
