import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../loaders';
import { BenefitPlanType, BenefitProfileType } from '../benefit/benefit.type';
import { BenefitRealisation } from '../realisation/realisation.type';
import { InitiativeStub } from './initiative.stub';
import { MunicipalityStub } from './municipality.stub';
import { ProjectStub } from './project.stub';

/** Benefit data is for signed-in callers; anonymous callers (e.g. public widgets) get null. */
const signedIn = (ctx: Context) => ctx.identity.subject !== null;

@Resolver(() => ProjectStub)
export class ProjectBenefitsResolver {
  @FieldResolver(() => BenefitPlanType, { nullable: true })
  benefitPlan(@Root() project: ProjectStub, @Ctx() ctx: Context) {
    return signedIn(ctx) ? ctx.loaders.planOfProject.load(project.id) : null;
  }

  /** A published project's realisation is public (PRODUCT: public visibility), e.g. for portal embeds. */
  @Directive('@requires(fields: "published")')
  @FieldResolver(() => BenefitRealisation, { nullable: true })
  benefitRealisation(@Root() project: ProjectStub, @Ctx() ctx: Context) {
    return signedIn(ctx) || project.published ? ctx.loaders.projectRealisation.load(project.id) : null;
  }
}

@Resolver(() => InitiativeStub)
export class InitiativeBenefitsResolver {
  @FieldResolver(() => BenefitProfileType, { nullable: true })
  benefitProfile(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return ctx.loaders.profile.load(initiative.id);
  }

  @FieldResolver(() => BenefitRealisation, { nullable: true })
  benefitRealisation(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return signedIn(ctx) ? ctx.loaders.initiativeRealisation.load(initiative.id) : null;
  }
}

@Resolver(() => MunicipalityStub)
export class MunicipalityBenefitsResolver {
  @FieldResolver(() => BenefitRealisation, { nullable: true })
  benefitRealisation(@Root() municipality: MunicipalityStub, @Ctx() ctx: Context) {
    return signedIn(ctx) ? ctx.loaders.municipalityRealisation.load(municipality.id) : null;
  }
}
