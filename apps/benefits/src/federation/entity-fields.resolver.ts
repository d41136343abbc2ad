import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../loaders';
import { BenefitPlanType, BenefitProfileType } from '../benefit/benefit.type';
import { BenefitRealisation } from '../realisation/realisation.type';
import { InitiativeStub } from './initiative.stub';
import { MunicipalityStub } from './municipality.stub';
import { ProjectStub } from './project.stub';
import { mayReadBenefits, mayReadInitiativeRealisation, mayReadMunicipalityRealisation } from '../common/read-scope';

/**
 * Benefit data is read in scope (common/read-scope.ts); everyone else, anonymous callers
 * included, gets null. The project's plan is checked on the plan itself.
 */
async function planInScope(ctx: Context, projectId: string) {
  const plan = await ctx.loaders.planOfProject.load(projectId);
  return plan !== null && (await mayReadBenefits(ctx, plan)) ? plan : null;
}

@Resolver(() => ProjectStub)
export class ProjectBenefitsResolver {
  @FieldResolver(() => BenefitPlanType, { nullable: true })
  benefitPlan(@Root() project: ProjectStub, @Ctx() ctx: Context) {
    return planInScope(ctx, project.id);
  }

  /** A published project's realisation is public (PRODUCT: public visibility), e.g. for portal embeds. */
  @Directive('@requires(fields: "published")')
  @FieldResolver(() => BenefitRealisation, { nullable: true })
  async benefitRealisation(@Root() project: ProjectStub, @Ctx() ctx: Context) {
    return project.published || (await planInScope(ctx, project.id)) ? ctx.loaders.projectRealisation.load(project.id) : null;
  }
}

@Resolver(() => InitiativeStub)
export class InitiativeBenefitsResolver {
  @FieldResolver(() => BenefitProfileType, { nullable: true })
  benefitProfile(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return ctx.loaders.profile.load(initiative.id);
  }

  @FieldResolver(() => BenefitRealisation, { nullable: true })
  async benefitRealisation(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return (await mayReadInitiativeRealisation(ctx, initiative.id)) ? ctx.loaders.initiativeRealisation.load(initiative.id) : null;
  }
}

@Resolver(() => MunicipalityStub)
export class MunicipalityBenefitsResolver {
  @FieldResolver(() => BenefitRealisation, { nullable: true })
  benefitRealisation(@Root() municipality: MunicipalityStub, @Ctx() ctx: Context) {
    return mayReadMunicipalityRealisation(ctx, municipality.id) ? ctx.loaders.municipalityRealisation.load(municipality.id) : null;
  }
}
