import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MunicipalityStub } from '../federation/municipality.stub';
import { InitiativeStub } from '../federation/initiative.stub';
import { ProjectType } from '../project/project.type';
import { isVisible } from '../project/project-visibility';
import { AdoptionCaseConnection, AdoptionCaseType, AdoptionDecisionRecordType } from './adoption.type';
import { AdoptionService } from './adoption.service';
import { AdoptionCasesArgs, DecideAdoptionInput, ReconsiderAdoptionInput } from './dto/adoption.inputs';

@Resolver(() => AdoptionCaseType)
export class AdoptionResolver {
  constructor(private readonly service: AdoptionService) {}

  @Public()
  @Query(() => AdoptionCaseType)
  adoptionCase(@Arg('id', () => ID) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => AdoptionCaseConnection, { description: 'Adoption cases, oldest first.' })
  adoptionCases(@Args() args: AdoptionCasesArgs) {
    return this.service.list(args);
  }

  @Allow('municipality-editor')
  @Mutation(() => AdoptionCaseType, {
    description: 'Decides an OPEN or DEFERRED case (editors of its municipality). ADOPT/ADAPT start a project; a final decision is changed only by reconsiderAdoption.',
  })
  decideAdoption(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: DecideAdoptionInput, @Ctx() ctx: Context) {
    return this.service.decide(ctx.identity, caseId, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => AdoptionCaseType, { description: 'Replaces a final decision, recorded with its reason.' })
  reconsiderAdoption(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: ReconsiderAdoptionInput, @Ctx() ctx: Context) {
    return this.service.reconsider(ctx.identity, caseId, input);
  }

  @FieldResolver(() => MunicipalityStub)
  municipality(@Root() adoptionCase: AdoptionCaseType): MunicipalityStub {
    return { id: adoptionCase.municipalityId };
  }

  // Nullable: a federated reference can fail to resolve (e.g. the owner lost the initiative), and one such
  // case must not null out a whole list.
  @FieldResolver(() => InitiativeStub, { nullable: true })
  initiative(@Root() adoptionCase: AdoptionCaseType): InitiativeStub {
    return { id: adoptionCase.initiativeId };
  }

  @FieldResolver(() => [AdoptionDecisionRecordType], { description: 'Every decision taken, oldest first.' })
  decisions(@Root() adoptionCase: AdoptionCaseType, @Ctx() ctx: Context) {
    return ctx.loaders.decisionsOfCase.load(adoptionCase.id);
  }

  @FieldResolver(() => ProjectType, { nullable: true, description: 'The project adopt/adapt started, if the caller may see it.' })
  async project(@Root() adoptionCase: AdoptionCaseType, @Ctx() ctx: Context) {
    const project = await ctx.loaders.projectOfCase.load(adoptionCase.id);
    return project && (await isVisible(ctx, project)) ? project : null;
  }
}
