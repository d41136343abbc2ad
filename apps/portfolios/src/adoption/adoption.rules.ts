import { conflict } from '@samspill/server-graphql';
import { AdoptionCaseStatus, AdoptionDecision } from './adoption-case.entity';

const STATUS_AFTER: Record<AdoptionDecision, AdoptionCaseStatus> = {
  [AdoptionDecision.ADOPT]: AdoptionCaseStatus.ADOPTED,
  [AdoptionDecision.ADAPT]: AdoptionCaseStatus.ADAPTED,
  [AdoptionDecision.DECLINE]: AdoptionCaseStatus.DECLINED,
  [AdoptionDecision.DEFER]: AdoptionCaseStatus.DEFERRED,
};

export const statusAfter = (decision: AdoptionDecision): AdoptionCaseStatus => STATUS_AFTER[decision];

/** Adopt, adapt and decline settle a case; defer leaves it open for a later decision. */
export const isFinal = (status: AdoptionCaseStatus): boolean =>
  status === AdoptionCaseStatus.ADOPTED || status === AdoptionCaseStatus.ADAPTED || status === AdoptionCaseStatus.DECLINED;

/** Adopting, with or without local adaptation, starts a municipal project. */
export const startsProject = (decision: AdoptionDecision): boolean =>
  decision === AdoptionDecision.ADOPT || decision === AdoptionDecision.ADAPT;

/** A first (or deferred-again) decision: only while the case is not settled. */
export function assertCanDecide(caseId: string, status: AdoptionCaseStatus): void {
  if (isFinal(status)) {
    throw conflict(`adoption case ${caseId} is already decided (${status}); a change needs reconsiderAdoption`);
  }
}

/** A reconsideration replaces a final decision with a different one, and is recorded as such. */
export function assertCanReconsider(caseId: string, status: AdoptionCaseStatus, decision: AdoptionDecision): void {
  if (!isFinal(status)) throw conflict(`adoption case ${caseId} has no final decision to reconsider (${status}); use decideAdoption`);
  if (statusAfter(decision) === status) throw conflict(`adoption case ${caseId} is already ${status}`);
}

export interface AdoptionRate {
  targeted: number;
  decided: number;
  adopt: number;
  adapt: number;
  decline: number;
  defer: number;
  open: number;
  /** Adopted or adapted, as a share of the decided cases; null before any decision. */
  share: number | null;
}

export function adoptionRate(statuses: readonly AdoptionCaseStatus[]): AdoptionRate {
  const count = (s: AdoptionCaseStatus) => statuses.filter((x) => x === s).length;
  const adopt = count(AdoptionCaseStatus.ADOPTED);
  const adapt = count(AdoptionCaseStatus.ADAPTED);
  const decline = count(AdoptionCaseStatus.DECLINED);
  const decided = adopt + adapt + decline;
  return {
    targeted: statuses.length,
    decided,
    adopt,
    adapt,
    decline,
    defer: count(AdoptionCaseStatus.DEFERRED),
    open: count(AdoptionCaseStatus.OPEN),
    share: decided === 0 ? null : (adopt + adapt) / decided,
  };
}
