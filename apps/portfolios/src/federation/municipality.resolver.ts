import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../loaders';
import { AdoptionCaseType } from '../adoption/adoption.type';
import { PortfolioType } from '../membership/portfolio.type';
import { ProjectType } from '../project/project.type';
import { visibleOnly } from '../project/project-visibility';
import { MunicipalityStub } from './municipality.stub';

/** The fields portfolios adds to network-strategy's Municipality. */
@Resolver(() => MunicipalityStub)
export class MunicipalityFieldsResolver {
  @FieldResolver(() => PortfolioType, { nullable: true })
  portfolio(@Root() municipality: MunicipalityStub, @Ctx() ctx: Context) {
    return ctx.loaders.portfolio.load(municipality.id);
  }

  @FieldResolver(() => [AdoptionCaseType])
  adoptionCases(@Root() municipality: MunicipalityStub, @Ctx() ctx: Context) {
    return ctx.loaders.casesOfMunicipality.load(municipality.id);
  }

  @FieldResolver(() => [ProjectType], { description: 'Projects the caller may see, oldest first.' })
  async projects(@Root() municipality: MunicipalityStub, @Ctx() ctx: Context) {
    return visibleOnly(ctx, await ctx.loaders.projectsOfMunicipality.load(municipality.id));
  }
}
