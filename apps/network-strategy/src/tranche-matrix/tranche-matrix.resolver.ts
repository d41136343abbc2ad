import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Length, IsOptional, IsUUID, Matches } from 'class-validator';
import { Allow } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { InitiativeType } from '../initiative/initiative.type';
import { MunicipalityType } from '../municipality/municipality.type';
import { TrancheCellType } from './tranche-matrix.type';
import { TrancheMatrixService } from './tranche-matrix.service';

@ArgsType()
class TrancheMatrixArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() initiativeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}$/) municipalityId?: string | null;
}

@Resolver(() => TrancheCellType)
export class TrancheMatrixResolver {
  constructor(private readonly service: TrancheMatrixService) {}

  @Allow('network-admin', 'analyst')
  @Query(() => [TrancheCellType], { description: 'Initiative × municipality: how far each launched initiative has travelled.' })
  trancheMatrix(@Args() args: TrancheMatrixArgs, @Ctx() ctx: Context) {
    return this.service.cells(ctx.identity, args);
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
