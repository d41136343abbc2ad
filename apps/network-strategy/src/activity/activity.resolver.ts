import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { ActivityConnection, ActivityType } from './activity.type';
import { ActivityService } from './activity.service';
import { ActivitiesArgs, RecordActivityInput } from './dto/activity.inputs';

@Resolver(() => ActivityType)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Public()
  @Query(() => ActivityConnection, { description: "A network's strategizing activities: the open record of how strategy was made." })
  strategizingActivities(@Args() args: ActivitiesArgs) {
    return this.service.list(args);
  }

  @Allow('network-admin')
  @Mutation(() => ActivityType)
  recordStrategizingActivity(@Arg('input') input: RecordActivityInput, @Ctx() ctx: Context) {
    return this.service.record(ctx.identity, input);
  }
}
