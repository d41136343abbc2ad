import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MunicipalityType } from '../municipality/municipality.type';
import { NetworkType } from '../network/network.type';
import { MembershipType } from './membership.type';
import { MembershipService } from './membership.service';
import { JoinNetworkInput, LeaveNetworkInput } from './dto/membership.inputs';

@Resolver(() => MembershipType)
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

  @Allow('network-admin')
  @Mutation(() => MembershipType, {
    deprecationReason: "Membership needs the municipality's consent: use inviteMunicipalityToNetwork (its editor accepts). Refused for everyone.",
  })
  addMunicipalityToNetwork(@Arg('input') _input: JoinNetworkInput) {
    return this.service.refuseWithoutConsent();
  }

  @Allow('network-admin')
  @Mutation(() => MembershipType, { description: "The network ends a membership (revokes it); its view of the municipality's unpublished data ends with it." })
  removeMunicipalityFromNetwork(@Arg('input') input: LeaveNetworkInput, @Ctx() ctx: Context) {
    return this.service.revoke(ctx.identity, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => MembershipType, { description: "The municipality ends its membership (withdraws its consent); the network's view of its unpublished data ends." })
  leaveNetwork(@Arg('input') input: LeaveNetworkInput, @Ctx() ctx: Context) {
    return this.service.leave(ctx.identity, input);
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() membership: MembershipType, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(membership.municipalityId);
  }

  @FieldResolver(() => NetworkType)
  network(@Root() membership: MembershipType, @Ctx() ctx: Context) {
    return ctx.loaders.network.load(membership.networkId);
  }
}
