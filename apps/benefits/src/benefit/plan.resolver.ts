import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Public, SignedIn } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { BenefitRealisation } from '../realisation/realisation.type';
import { BenefitObjectType, BenefitPlanType, BenefitProfileType } from './benefit.type';
import { BenefitService } from './benefit.service';

@Resolver(() => BenefitPlanType)
export class BenefitPlanResolver {
  constructor(private readonly service: BenefitService) {}

  @SignedIn()
  @Query(() => BenefitPlanType, { description: 'The benefit plan of a project.' })
  benefitPlan(@Arg('projectId', () => ID) projectId: string) {
    return this.service.plan(projectId);
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
