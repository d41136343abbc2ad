import { Arg, Args, Ctx, Float, Query, Resolver } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { RealisationService } from './realisation.service';
import { BenefitFactConnection, BenefitRollupRow } from './realisation.type';
import { BenefitFactFilter, BenefitFactsArgs } from './dto/realisation.inputs';
import { BenefitPeriodGrain, BenefitRollupDimension } from './realisation.model';

/** The BI surface: analysts see everything, network admins their networks, editors their municipalities. */
@Resolver()
export class RealisationResolver {
  constructor(private readonly service: RealisationService) {}

  @Allow('analyst', 'network-admin', 'municipality-editor')
  @Query(() => BenefitFactConnection, { description: 'Flat benefit facts, one per current measurement, in recording order.' })
  benefitFacts(@Args() args: BenefitFactsArgs, @Ctx() ctx: Context) {
    return this.service.facts(ctx.identity, args);
  }

  @Allow('analyst', 'network-admin', 'municipality-editor')
  @Query(() => Float, { description: 'How many facts the filter matches (a separate query: counting is a scan at national scale).' })
  benefitFactCount(@Arg('filter', () => BenefitFactFilter, { nullable: true }) filter: BenefitFactFilter | null, @Ctx() ctx: Context) {
    return this.service.count(ctx.identity, filter);
  }

  @Allow('analyst', 'network-admin', 'municipality-editor')
  @Query(() => [BenefitRollupRow], { description: 'Planned vs realised per project, municipality, initiative, goal or network; per period with a grain.' })
  benefitRollup(
    @Arg('by', () => BenefitRollupDimension) by: BenefitRollupDimension,
    @Arg('grain', () => BenefitPeriodGrain, { nullable: true }) grain: BenefitPeriodGrain | null,
    @Arg('filter', () => BenefitFactFilter, { nullable: true }) filter: BenefitFactFilter | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.rollup(ctx.identity, by, grain ?? null, filter);
  }
}
