import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound, Public, SignedIn } from '@samspill/server-graphql';
import { mayReadBenefits } from '../common/read-scope';
import type { Context } from '../loaders';
import { BenefitRealisation } from '../realisation/realisation.type';
import { BenefitObjectType, BenefitPlanType, BenefitProfileType } from '../benefit/benefit.type';
import { BenefitService } from '../benefit/benefit.service';

@Resolver(() => BenefitPlanType)
export class BenefitPlanResolver {
  constructor(private readonly service: BenefitService) {}

  @SignedIn()
  @Query(() => BenefitPlanType, { description: 'The benefit plan of a project.' })
  async benefitPlan(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    const plan = await this.service.plan(projectId);
    // Out of scope looks like absent: a plan would reveal an unpublished project.
    if (!(await mayReadBenefits(ctx, plan))) throw notFound('BenefitPlan of project', projectId);
    return plan;
  }

  @Public()
  @Query(() => BenefitProfileType, { nullable: true, description: 'An initiative\'s expected benefits, as launched.' })
  benefitProfile(@Arg('initiativeId', () => ID) initiativeId: string, @Ctx() ctx: Context) {
    return ctx.loaders.profile.load(initiativeId);
  }

  @FieldResolver(() => [BenefitObjectType])
  benefits(@Root() plan: BenefitPlanType, @Ctx() ctx: Context) {
    return ctx.loaders.benefitsOfPlan.load(plan.id);
  }

  @FieldResolver(() => BenefitRealisation)
  realisation(@Root() plan: BenefitPlanType, @Ctx() ctx: Context) {
    return ctx.loaders.projectRealisation.load(plan.projectId);
  }
}
