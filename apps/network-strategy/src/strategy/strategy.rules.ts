import type { TransitionTable } from '@samspill/server-graphql';
import { RevisionStatus, StrategyEntity, StrategyStatus } from './strategy.entity';

/**
 * DRAFT → IN_CONSULTATION → ADOPTED → SUPERSEDED, plus: a consultation can be withdrawn (back to
 * DRAFT) and a draft can be adopted without consultation. An adopted strategy never goes back
 * to DRAFT: it is amended through a revision (below) and stays in force meanwhile (issue 10).
 */
export const STRATEGY_TRANSITIONS: TransitionTable<StrategyStatus> = {
  [StrategyStatus.DRAFT]: [StrategyStatus.IN_CONSULTATION, StrategyStatus.ADOPTED],
  [StrategyStatus.IN_CONSULTATION]: [StrategyStatus.DRAFT, StrategyStatus.ADOPTED],
  [StrategyStatus.ADOPTED]: [StrategyStatus.SUPERSEDED],
  [StrategyStatus.SUPERSEDED]: [],
};

/** A revision's stage; NONE: no revision open. Adopting a revision (or superseding the strategy) closes it. */
export type RevisionStage = RevisionStatus | 'NONE';

/** NONE → DRAFT ⇄ IN_CONSULTATION → NONE (adopted as the next version). */
export const REVISION_TRANSITIONS: TransitionTable<RevisionStage> = {
  NONE: [RevisionStatus.DRAFT],
  [RevisionStatus.DRAFT]: [RevisionStatus.IN_CONSULTATION, 'NONE'],
  [RevisionStatus.IN_CONSULTATION]: [RevisionStatus.DRAFT, 'NONE'],
};

/** Before its first adoption the strategy's own status is its draft stage. */
export const FIRST_DRAFT_STATUS: Record<RevisionStatus, StrategyStatus> = {
  [RevisionStatus.DRAFT]: StrategyStatus.DRAFT,
  [RevisionStatus.IN_CONSULTATION]: StrategyStatus.IN_CONSULTATION,
};

type StrategyState = Pick<StrategyEntity, 'status' | 'revisionStatus'>;

/**
 * The stage of the strategy's working draft: before the first adoption the strategy itself,
 * afterwards its open revision; null when there is nothing to work on.
 */
export function draftStage(strategy: StrategyState): RevisionStatus | null {
  switch (strategy.status) {
    case StrategyStatus.DRAFT:
      return RevisionStatus.DRAFT;
    case StrategyStatus.IN_CONSULTATION:
      return RevisionStatus.IN_CONSULTATION;
    case StrategyStatus.ADOPTED:
      return strategy.revisionStatus;
    default:
      return null;
  }
}

/** Content (title, vision, focus areas, goals, initiatives) may only change in a draft stage, not while consulted on. */
export const isEditable = (strategy: StrategyState) => draftStage(strategy) === RevisionStatus.DRAFT;

/** An adopted strategy whose next version is being drafted: changes wait for its adoption. */
export const isUnderRevision = (strategy: StrategyState) => strategy.status === StrategyStatus.ADOPTED && strategy.revisionStatus !== null;

/** A retirement says why: 3 to 5000 characters that are not all blank. */
export const validRetirementReason = (reason: string) => reason.trim().length >= 3 && reason.length <= 5000;
