import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Allow, IsMunicipalityNumber } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { InitiativeType } from '../initiative/initiative.type';
import { MunicipalityType } from '../municipality/municipality.type';
import { LeadTimeGrouping, LeadTimesType, TrancheCellType } from './tranche-matrix.type';
import { TrancheStage } from './tranche-cell.entity';
import { TrancheMatrixService } from './tranche-matrix.service';

@ArgsType()
class TrancheMatrixArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() initiativeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMunicipalityNumber() municipalityId?: string | null;
  @Field(() => TrancheStage, { nullable: true }) stage?: TrancheStage | null;
}

@ArgsType()
class LeadTimesArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => LeadTimeGrouping, { defaultValue: LeadTimeGrouping.INITIATIVE }) groupBy: LeadTimeGrouping;
  @Field(() => Int, { defaultValue: 30, description: 'A cell with no final decision after this many days is stuck.' })
  @Min(1)
  @Max(3650)
  stuckAfterDays: number;
}

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
