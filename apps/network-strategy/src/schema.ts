import type { DataSource } from 'typeorm';
import { buildFederatedSchema } from '@samspill/server-graphql';
import { NetworkResolver } from './network/network.resolver';
import { NetworkService } from './network/network.service';
import { MunicipalityResolver } from './municipality/municipality.resolver';
import { MunicipalityService } from './municipality/municipality.service';
import { municipalityReference } from './municipality/municipality.reference';
import { MembershipResolver } from './membership/membership.resolver';
import { MembershipService } from './membership/membership.service';
import { InvitationResolver } from './membership/invitation.resolver';
import { InvitationService } from './membership/invitation.service';
import { StrategyResolver } from './strategy/strategy.resolver';
import { StrategyService } from './strategy/strategy.service';
import { strategyReference } from './strategy/strategy.reference';
import { FocusAreaResolver } from './focus-area/focus-area.resolver';
import { FocusAreaService } from './focus-area/focus-area.service';
import { GoalResolver } from './goal/goal.resolver';
import { GoalService } from './goal/goal.service';
import { InitiativeResolver } from './initiative/initiative.resolver';
import { InitiativeService } from './initiative/initiative.service';
import { initiativeReference } from './initiative/initiative.reference';
import { ActivityResolver } from './activity/activity.resolver';
import { ActivityService } from './activity/activity.service';
import { TrancheMatrixResolver } from './tranche-matrix/tranche-matrix.resolver';
import { TrancheMatrixService } from './tranche-matrix/tranche-matrix.service';
import { NETWORK_STRATEGY_DESCRIPTIONS } from './schema-descriptions';

/** Composition root of the GraphQL layer: services get the data source, resolvers get services. */
export function buildNetworkStrategySchema(ds: DataSource) {
  const strategies = new StrategyService(ds);
  const memberships = new MembershipService(ds);
  const resolvers = new Map<Function, unknown>([
    [NetworkResolver, new NetworkResolver(new NetworkService(ds))],
    [MunicipalityResolver, new MunicipalityResolver(new MunicipalityService(ds))],
    [MembershipResolver, new MembershipResolver(memberships)],
    [InvitationResolver, new InvitationResolver(new InvitationService(ds, memberships))],
    [StrategyResolver, new StrategyResolver(strategies)],
    [FocusAreaResolver, new FocusAreaResolver(new FocusAreaService(ds, strategies))],
    [GoalResolver, new GoalResolver(new GoalService(ds, strategies))],
    [InitiativeResolver, new InitiativeResolver(new InitiativeService(ds))],
    [ActivityResolver, new ActivityResolver(new ActivityService(ds))],
    [TrancheMatrixResolver, new TrancheMatrixResolver(new TrancheMatrixService(ds))],
  ]);
  return buildFederatedSchema({
    descriptions: NETWORK_STRATEGY_DESCRIPTIONS,
    resolvers: [...resolvers.keys()] as [Function, ...Function[]],
    container: { get: (cls: Function) => resolvers.get(cls) },
    referenceResolvers: {
      Municipality: municipalityReference,
      Strategy: strategyReference,
      Initiative: initiativeReference,
    },
  });
}
