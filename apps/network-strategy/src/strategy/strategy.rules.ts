import type { TransitionTable } from '@samspill/server-graphql';
import { StrategyStatus } from './strategy.entity';

/**
 * DRAFT → IN_CONSULTATION → ADOPTED → SUPERSEDED, plus: a consultation can be withdrawn
 * (back to DRAFT), a draft can be adopted without consultation, and an adopted strategy can be
 * reopened for amendment (back to DRAFT; its adopted versions stay in force until the next).
 */
export const STRATEGY_TRANSITIONS: TransitionTable<StrategyStatus> = {
  [StrategyStatus.DRAFT]: [StrategyStatus.IN_CONSULTATION, StrategyStatus.ADOPTED],
  [StrategyStatus.IN_CONSULTATION]: [StrategyStatus.DRAFT, StrategyStatus.ADOPTED],
  [StrategyStatus.ADOPTED]: [StrategyStatus.DRAFT, StrategyStatus.SUPERSEDED],
  [StrategyStatus.SUPERSEDED]: [],
};

/** Content (title, vision, focus areas, goals) may only change while the strategy is a draft. */
export const isEditable = (status: StrategyStatus) => status === StrategyStatus.DRAFT;
