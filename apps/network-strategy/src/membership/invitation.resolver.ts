import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MunicipalityType } from '../municipality/municipality.type';
import { NetworkType } from '../network/network.type';
import { MembershipType } from './membership.type';
import { NetworkInvitationType } from './invitation.type';
import { InvitationService } from './invitation.service';
import { InviteMunicipalityInput, NetworkInvitationsArgs } from './dto/membership.inputs';

@Resolver(() => NetworkInvitationType)
export class InvitationResolver {
  constructor(private readonly service: InvitationService) {}

  @Allow('network-admin', 'municipality-editor')
  @Query(() => [NetworkInvitationType], {
    description: "Invitations to join networks, newest first: a network's (for its admins, with networkId) or a municipality's (for its editors, with municipalityId).",
  })
  networkInvitations(@Args() args: NetworkInvitationsArgs, @Ctx() ctx: Context) {
    return this.service.list(ctx.identity, args);
  }

  @Allow('network-admin')
  @Mutation(() => NetworkInvitationType, {
    description: "Invites a municipality to the caller's network. Nothing is shared until the municipality's editor accepts (acceptNetworkInvitation).",
  })
  inviteMunicipalityToNetwork(@Arg('input') input: InviteMunicipalityInput, @Ctx() ctx: Context) {
    return this.service.invite(ctx.identity, input);
  }

  @Allow('network-admin')
  @Mutation(() => NetworkInvitationType, { description: 'The network takes back a PENDING invitation.' })
  withdrawNetworkInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string, @Ctx() ctx: Context) {
    return this.service.withdraw(ctx.identity, id);
  }

  @Allow('municipality-editor')
  @Mutation(() => MembershipType, {
    description: "The invited municipality's editor accepts: the membership starts, and with it the network's view of the municipality's unpublished portfolio.",
  })
  acceptNetworkInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string, @Ctx() ctx: Context) {
    return this.service.accept(ctx.identity, id);
  }

  @Allow('municipality-editor')
  @Mutation(() => NetworkInvitationType, { description: "The invited municipality's editor declines; nothing is shared." })
  declineNetworkInvitation(
    @Arg('id', () => ID, { description: 'The invitation.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'Why, for the network (up to 2000 characters).' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.decline(ctx.identity, id, note ?? null);
  }

  @FieldResolver(() => NetworkType, { description: 'The inviting network.' })
  network(@Root() invitation: NetworkInvitationType, @Ctx() ctx: Context) {
    return ctx.loaders.network.load(invitation.networkId);
  }

  @FieldResolver(() => MunicipalityType, { description: 'The invited municipality.' })
  municipality(@Root() invitation: NetworkInvitationType, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(invitation.municipalityId);
  }
}
