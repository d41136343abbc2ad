import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MunicipalityStub } from '../federation/municipality.stub';
import { AdoptionCaseType } from '../adoption/adoption.type';
import { ProjectType } from '../project/project.type';
import { visibleOnly } from '../project/project-visibility';
import { PortfolioMembershipType, PortfolioType } from './portfolio.type';
import { PortfolioService } from './portfolio.service';

@Resolver(() => PortfolioType)
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Public()
  @Query(() => PortfolioType, { description: "A municipality's portfolio; NOT_FOUND until it has joined a network." })
  portfolio(@Arg('municipalityId', () => ID) municipalityId: string) {
    return this.service.get(municipalityId);
  }

  @FieldResolver(() => MunicipalityStub)
  municipality(@Root() portfolio: PortfolioType): MunicipalityStub {
    return { id: portfolio.municipalityId };
  }

  @FieldResolver(() => [PortfolioMembershipType], { description: 'Network memberships, past and present.' })
  async memberships(@Root() portfolio: PortfolioType, @Ctx() ctx: Context): Promise<PortfolioMembershipType[]> {
    const rows = await ctx.loaders.membershipsOfMunicipality.load(portfolio.municipalityId);
    return rows.map((r) => ({ networkId: r.networkId, joinedOn: r.joinedOn, leftOn: r.leftOn, active: r.leftOn === null }));
  }

  @FieldResolver(() => Boolean, { description: 'True while the municipality is a current member of some network.' })
  async active(@Root() portfolio: PortfolioType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.membershipsOfMunicipality.load(portfolio.municipalityId)).some((r) => r.leftOn === null);
  }

  @FieldResolver(() => [ProjectType], { description: 'Projects the caller may see, oldest first.' })
  async projects(@Root() portfolio: PortfolioType, @Ctx() ctx: Context) {
    return visibleOnly(ctx, await ctx.loaders.projectsOfMunicipality.load(portfolio.municipalityId));
  }

  @FieldResolver(() => [AdoptionCaseType])
  adoptionCases(@Root() portfolio: PortfolioType, @Ctx() ctx: Context) {
    return ctx.loaders.casesOfMunicipality.load(portfolio.municipalityId);
  }
}
