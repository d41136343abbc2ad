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
  @Mutation(() => MembershipType)
  addMunicipalityToNetwork(@Arg('input') input: JoinNetworkInput, @Ctx() ctx: Context) {
    return this.service.join(ctx.identity, input);
  }

  @Allow('network-admin')
  @Mutation(() => MembershipType)
  removeMunicipalityFromNetwork(@Arg('input') input: LeaveNetworkInput, @Ctx() ctx: Context) {
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
