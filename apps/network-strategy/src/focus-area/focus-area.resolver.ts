import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { GoalType } from '../goal/goal.type';
import { FocusAreaType } from './focus-area.type';
import { FocusAreaService } from './focus-area.service';
import { AddFocusAreaInput, UpdateFocusAreaInput } from './dto/focus-area.inputs';
import { EDIT, REASON, RETIRE } from '../strategy/draft-descriptions';

@Resolver(() => FocusAreaType)
export class FocusAreaResolver {
  constructor(private readonly service: FocusAreaService) {}

  @Allow('network-admin')
  @Mutation(() => FocusAreaType, { description: 'Adds a focus area to a DRAFT strategy.' })
  addFocusArea(@Arg('strategyId', () => ID) strategyId: string, @Arg('input') input: AddFocusAreaInput, @Ctx() ctx: Context) {
    return this.service.add(ctx.identity, strategyId, input);
  }

  @Allow('network-admin')
  @Mutation(() => FocusAreaType, { description: EDIT })
  updateFocusArea(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateFocusAreaInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @Allow('network-admin')
  @Mutation(() => FocusAreaType, { description: `Retires a focus area with its goals and their initiatives. ${RETIRE}` })
  retireFocusArea(@Arg('id', () => ID) id: string, @Arg('reason', { description: REASON }) reason: string, @Ctx() ctx: Context) {
    return this.service.retire(ctx.identity, id, reason);
  }

  @FieldResolver(() => [GoalType], { description: 'Its goals in force (retired ones and those a revision is still adding are left out).' })
  goals(@Root() focusArea: FocusAreaType, @Ctx() ctx: Context) {
    return ctx.loaders.goalsOfFocusArea.load(focusArea.id);
  }
}
