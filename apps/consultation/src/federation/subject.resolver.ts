import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectKey, type Context } from '../loaders';
import { ConsultationType, ResponseType } from '../consultation/consultation.type';
import { canSee } from '../consultation/consultation.service';
import { SubjectType } from '../consultation/consultation.model';
import { InitiativeStub } from './initiative.stub';
import { MunicipalityStub } from './municipality.stub';
import { ProjectStub } from './project.stub';
import { StrategyStub } from './strategy.stub';

async function consultationsOf(ctx: Context, type: SubjectType, id: string) {
  return (await ctx.loaders.consultationsOfSubject.load(subjectKey(type, id))).filter((c) => canSee(ctx.identity, c));
}

const DESCRIPTION = 'Consultations on this subject the caller may see, oldest first.';

@Resolver(() => StrategyStub)
export class StrategyFieldsResolver {
  @FieldResolver(() => [ConsultationType], { description: DESCRIPTION })
  consultations(@Root() s: StrategyStub, @Ctx() ctx: Context) {
    return consultationsOf(ctx, SubjectType.STRATEGY, s.id);
  }
}

@Resolver(() => InitiativeStub)
export class InitiativeFieldsResolver {
  @FieldResolver(() => [ConsultationType], { description: DESCRIPTION })
  consultations(@Root() i: InitiativeStub, @Ctx() ctx: Context) {
    return consultationsOf(ctx, SubjectType.INITIATIVE, i.id);
  }
}

@Resolver(() => ProjectStub)
export class ProjectFieldsResolver {
  @FieldResolver(() => [ConsultationType], { description: DESCRIPTION })
  consultations(@Root() p: ProjectStub, @Ctx() ctx: Context) {
    return consultationsOf(ctx, SubjectType.PROJECT, p.id);
  }
}

@Resolver(() => MunicipalityStub)
export class MunicipalityFieldsResolver {
  @FieldResolver(() => [ResponseType], { description: 'The municipality\'s formal consultation answers, oldest first.' })
  async consultationResponses(@Root() m: MunicipalityStub, @Ctx() ctx: Context) {
    const responses = await ctx.loaders.responsesOfMunicipality.load(m.id);
    const consultations = await ctx.loaders.consultation.loadMany(responses.map((r) => r.consultationId));
    return responses.filter((_, i) => {
      const c = consultations[i];
      return c && !(c instanceof Error) && canSee(ctx.identity, c);
    });
  }
}
