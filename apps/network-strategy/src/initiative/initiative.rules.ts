import type { TransitionTable } from '@samspill/server-graphql';
import { InitiativeStatus } from './initiative.entity';

/** PROPOSED → APPROVED → LAUNCHED → CLOSED; a proposal or approval can also be closed (dropped). */
export const INITIATIVE_TRANSITIONS: TransitionTable<InitiativeStatus> = {
  [InitiativeStatus.PROPOSED]: [InitiativeStatus.APPROVED, InitiativeStatus.CLOSED],
  [InitiativeStatus.APPROVED]: [InitiativeStatus.LAUNCHED, InitiativeStatus.CLOSED],
  [InitiativeStatus.LAUNCHED]: [InitiativeStatus.CLOSED],
  [InitiativeStatus.CLOSED]: [],
};
