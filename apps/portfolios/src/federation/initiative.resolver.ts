import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../loaders';
import { AdoptionCaseType, AdoptionRateType } from '../adoption/adoption.type';
import { adoptionRate } from '../adoption/adoption.rules';
import { InitiativeStub } from './initiative.stub';

/** The fields portfolios adds to network-strategy's Initiative. */
@Resolver(() => InitiativeStub)
export class InitiativeFieldsResolver {
  @FieldResolver(() => [AdoptionCaseType], { description: 'One per target municipality, by municipality number.' })
  adoptionCases(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return ctx.loaders.casesOfInitiative.load(initiative.id);
  }

  @FieldResolver(() => AdoptionRateType)
  async adoptionRate(@Root() initiative: InitiativeStub, @Ctx() ctx: Context) {
    return adoptionRate((await ctx.loaders.casesOfInitiative.load(initiative.id)).map((c) => c.status));
  }
}
