import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { GoalType } from '../goal/goal.type';
import { goalVisible } from '../strategy/draft-visibility';
import { NetworkType } from '../network/network.type';
import { MunicipalityType } from '../municipality/municipality.type';
import { InitiativeConnection, InitiativeType } from './initiative.type';
import { InitiativeService } from './initiative.service';
import { InitiativesArgs, LaunchInitiativeInput, ProposeInitiativeInput, UpdateInitiativeInput } from './dto/initiative.inputs';
import { EDIT, REASON, RETIRE } from '../strategy/draft-descriptions';

@Resolver(() => InitiativeType)
export class InitiativeResolver {
  constructor(private readonly service: InitiativeService) {}

  @Public()
  @Query(() => InitiativeType)
  initiative(@Arg('id', () => ID) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => InitiativeConnection)
  initiatives(@Args() args: InitiativesArgs) {
    return this.service.list(args);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: 'Proposes an initiative under a goal (status PROPOSED).' })
  proposeInitiative(@Arg('goalId', () => ID) goalId: string, @Arg('input') input: ProposeInitiativeInput, @Ctx() ctx: Context) {
    return this.service.propose(ctx.identity, goalId, input);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: 'PROPOSED → APPROVED.' })
  approveInitiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.approve(ctx.identity, id);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: 'APPROVED → LAUNCHED: opens it for adoption by the target municipalities.' })
  launchInitiative(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LaunchInitiativeInput, { defaultValue: {} }) input: LaunchInitiativeInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.launch(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: `${EDIT} A launched initiative's benefit profile is fixed.` })
  updateInitiative(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateInitiativeInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: `Retires an initiative from the strategy; its adoption cases and projects stay. ${RETIRE}` })
  retireInitiative(@Arg('id', () => ID) id: string, @Arg('reason', { description: REASON }) reason: string, @Ctx() ctx: Context) {
    return this.service.retire(ctx.identity, id, reason);
  }

  @Allow('network-admin')
  @Mutation(() => InitiativeType, { description: 'Closes (completes or drops) an initiative, with a note why.' })
  closeInitiative(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Ctx() ctx: Context) {
    return this.service.close(ctx.identity, id, note);
  }

  @FieldResolver(() => GoalType, { nullable: true, description: 'Null while the strategy is a draft the caller may not see.' })
  async goal(@Root() initiative: InitiativeType, @Ctx() ctx: Context) {
    const goal = await ctx.loaders.goal.load(initiative.goalId);
    return goal && (await goalVisible(ctx, goal)) ? goal : null;
  }

  @FieldResolver(() => NetworkType)
  network(@Root() initiative: InitiativeType, @Ctx() ctx: Context) {
    return ctx.loaders.network.load(initiative.networkId);
  }

  @FieldResolver(() => [MunicipalityType])
  async targetMunicipalities(@Root() initiative: InitiativeType, @Ctx() ctx: Context) {
    const found = await ctx.loaders.municipality.loadMany(initiative.targetMunicipalityIds);
    return found.filter((m) => m && !(m instanceof Error));
  }
}
