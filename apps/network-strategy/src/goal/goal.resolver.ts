import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { FocusAreaType } from '../focus-area/focus-area.type';
import { InitiativeType } from '../initiative/initiative.type';
import { GoalType } from './goal.type';
import type { GoalEntity } from './goal.entity';
import { goalVisible } from '../strategy/draft-visibility';
import { GoalProgressType } from './goal-progress.type';
import { GoalService } from './goal.service';
import { AddGoalInput, UpdateGoalInput } from './dto/goal.inputs';
import { EDIT, REASON, RETIRE } from '../strategy/draft-descriptions';

@Resolver(() => GoalType)
export class GoalResolver {
  constructor(private readonly service: GoalService) {}

  @Allow('network-admin')
  @Mutation(() => GoalType, { description: "Adds a goal to a focus area of a DRAFT strategy." })
  addGoal(@Arg('focusAreaId', () => ID) focusAreaId: string, @Arg('input') input: AddGoalInput, @Ctx() ctx: Context) {
    return this.service.add(ctx.identity, focusAreaId, input);
  }

  @Allow('network-admin')
  @Mutation(() => GoalType, { description: EDIT })
  updateGoal(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateGoalInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => GoalType, { description: `Retires a goal with its initiatives. ${RETIRE}` })
  retireGoal(@Arg('id', () => ID) id: string, @Arg('reason', { description: REASON }) reason: string, @Ctx() ctx: Context) {
    return this.service.retire(ctx.identity, id, reason);
  }

  @FieldResolver(() => FocusAreaType, { nullable: true, description: 'Null while the strategy is a draft the caller may not see.' })
  async focusArea(@Root() goal: GoalEntity, @Ctx() ctx: Context) {
    return (await goalVisible(ctx, goal)) ? ctx.loaders.focusArea.load(goal.focusAreaId) : null;
  }

  @FieldResolver(() => GoalProgressType, { description: 'How far the benefits of its initiatives are realised, from the benefits service.' })
  async benefitProgress(@Root() goal: GoalType, @Ctx() ctx: Context) {
    return (await ctx.loaders.progressOfGoal.load(goal.id)) ?? { goalId: goal.id, measuredBenefits: 0, averageAchievement: null, latestMeasuredOn: null };
  }

  @FieldResolver(() => [InitiativeType], { description: 'Its initiatives that are part of the strategy (retired ones are left out).' })
  initiatives(@Root() goal: GoalType, @Ctx() ctx: Context) {
    return ctx.loaders.initiativesOfGoal.load(goal.id);
  }
}
