import type { TransitionTable } from '@samspill/server-graphql';
import { InvitationStatus } from './membership-invitation.entity';

/** PENDING → ACCEPTED (by the municipality) | DECLINED (by the municipality) | WITHDRAWN (by the network); the rest are final. */
export const INVITATION_TRANSITIONS: TransitionTable<InvitationStatus> = {
  [InvitationStatus.PENDING]: [InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.WITHDRAWN],
  [InvitationStatus.ACCEPTED]: [],
  [InvitationStatus.DECLINED]: [],
  [InvitationStatus.WITHDRAWN]: [],
};

/** Who ended a membership: the network revoked it, or the municipality withdrew its consent. */
export type MembershipEndedBy = 'NETWORK' | 'MUNICIPALITY';
