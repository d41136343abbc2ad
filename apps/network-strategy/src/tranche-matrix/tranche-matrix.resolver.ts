import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { InitiativeType } from '../initiative/initiative.type';
import { MunicipalityType } from '../municipality/municipality.type';
import { LeadTimesType, TrancheCellType } from './tranche-matrix.type';
import { TrancheMatrixService } from './tranche-matrix.service';
import { LeadTimesArgs, TrancheMatrixArgs } from './dto/tranche-matrix.inputs';

@Resolver(() => TrancheCellType)
export class TrancheMatrixResolver {
  constructor(private readonly service: TrancheMatrixService) {}

  @Allow('network-admin', 'analyst')
  @Query(() => [TrancheCellType], { description: 'Initiative × municipality: how far each launched initiative has travelled.' })
  trancheMatrix(@Args() args: TrancheMatrixArgs, @Ctx() ctx: Context) {
    return this.service.cells(ctx.identity, args);
  }

  @Allow('network-admin', 'analyst')
  @Query(() => [LeadTimesType], { description: 'Lead times per initiative or per municipality, and where cases are stuck.' })
  trancheLeadTimes(@Args() args: LeadTimesArgs, @Ctx() ctx: Context) {
    return this.service.leadTimes(ctx.identity, args.networkId, args.groupBy, args.stuckAfterDays);
  }

  @FieldResolver(() => InitiativeType, { nullable: true })
  initiative(@Root() cell: TrancheCellType, @Ctx() ctx: Context) {
    return ctx.loaders.initiative.load(cell.initiativeId);
  }

  @FieldResolver(() => MunicipalityType, { nullable: true })
  municipality(@Root() cell: TrancheCellType, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(cell.municipalityId);
  }
}
