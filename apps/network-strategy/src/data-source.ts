import { createServiceDataSource, } from '@samspill/server-db';
import { CreateIdempotencyKeys1764201600002 } from '@samspill/server-graphql';
import { EVENT_TABLE_MIGRATIONS } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { NetworkEntity } from './network/network.entity';
import { MunicipalityEntity } from './municipality/municipality.entity';
import { MembershipEntity } from './membership/membership.entity';
import { StrategyEntity } from './strategy/strategy.entity';
import { StrategyVersionEntity } from './strategy/strategy-version.entity';
import { FocusAreaEntity } from './focus-area/focus-area.entity';
import { GoalEntity } from './goal/goal.entity';
import { InitiativeEntity } from './initiative/initiative.entity';
import { ActivityEntity } from './activity/activity.entity';
import { TrancheCellEntity } from './tranche-matrix/tranche-cell.entity';
import { CreateNetworkStrategy1764201700000 } from './migrations/1764201700000-create-network-strategy';
import { TrancheMatrixStages1764288000000 } from './migrations/1764288000000-tranche-matrix-stages';
import { ConsultationAndBenefitViews1764374400000 } from './migrations/1764374400000-consultation-and-benefit-views';
import { BenefitProgressRevision1764461100000 } from './migrations/1764461100000-benefit-progress-revision';
import { BiChangeTracking1764500000000 } from './migrations/1764500000000-bi-change-tracking';
import { StrategyRevisions1764547200000 } from './migrations/1764547200000-strategy-revisions';
import { MembershipInvitations1764547400000 } from './migrations/1764547400000-membership-invitations';
import { MembershipInvitationEntity } from './membership/membership-invitation.entity';
import { StrategyDraftChangeEntity } from './strategy/strategy-draft-change.entity';

export const ENTITIES = [
  NetworkEntity,
  MunicipalityEntity,
  MembershipEntity,
  MembershipInvitationEntity,
  StrategyEntity,
  StrategyVersionEntity,
  StrategyDraftChangeEntity,
  FocusAreaEntity,
  GoalEntity,
  InitiativeEntity,
  ActivityEntity,
  TrancheCellEntity,
];

export const MIGRATIONS = [...EVENT_TABLE_MIGRATIONS, CreateIdempotencyKeys1764201600002, CreateNetworkStrategy1764201700000, TrancheMatrixStages1764288000000, ConsultationAndBenefitViews1764374400000, BenefitProgressRevision1764461100000, BiChangeTracking1764500000000, StrategyRevisions1764547200000, MembershipInvitations1764547400000];

export function createNetworkStrategyDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
