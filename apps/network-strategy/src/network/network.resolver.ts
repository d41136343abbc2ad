import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MembershipType } from '../membership/membership.type';
import { StrategyType } from '../strategy/strategy.type';
import { canSeeDrafts } from '../common/access-policy';
import { StrategyStatus } from '../strategy/strategy.entity';
import { NetworkConnection, NetworkType } from './network.type';
import { NetworkService } from './network.service';
import { CreateNetworkInput, NetworksArgs } from './dto/network.inputs';

@Resolver(() => NetworkType)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Public()
  @Query(() => NetworkType, { description: 'One network by id; NOT_FOUND if there is none.' })
  network(@Arg('id', () => ID) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => NetworkConnection)
  networks(@Args() args: NetworksArgs) {
    return this.service.list(args);
  }

  @Allow('network-admin')
  @Mutation(() => NetworkType)
  createNetwork(@Arg('input') input: CreateNetworkInput, @Ctx() ctx: Context) {
    return this.service.create(ctx.identity, input);
  }

  @FieldResolver(() => [MembershipType], { description: 'Memberships; current members only unless includeFormer.' })
  members(
    @Root() network: NetworkType,
    @Ctx() ctx: Context,
    @Arg('includeFormer', { defaultValue: false }) includeFormer: boolean,
  ) {
    return includeFormer
      ? ctx.loaders.allMembershipsOfNetwork.load(network.id)
      : ctx.loaders.currentMembersOfNetwork.load(network.id);
  }

  @FieldResolver(() => [StrategyType], { description: 'Strategies, newest period first; drafts only for its admins and analysts.' })
  async strategies(@Root() network: NetworkType, @Ctx() ctx: Context) {
    const all = await ctx.loaders.strategiesOfNetwork.load(network.id);
    return canSeeDrafts(ctx.identity, network.id) ? all : all.filter((s) => s.status !== StrategyStatus.DRAFT);
  }
}
