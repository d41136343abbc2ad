import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { IsMunicipalityNumber } from '@samspill/server-graphql';
import { LeadTimeGrouping } from '../tranche-matrix.model';
import { TrancheStage } from '../tranche-cell.entity';

@ArgsType()
export class TrancheMatrixArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() initiativeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMunicipalityNumber() municipalityId?: string | null;
  @Field(() => TrancheStage, { nullable: true }) stage?: TrancheStage | null;
}

@ArgsType()
export class LeadTimesArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => LeadTimeGrouping, { defaultValue: LeadTimeGrouping.INITIATIVE }) groupBy: LeadTimeGrouping;
  @Field(() => Int, { defaultValue: 30, description: 'A cell with no final decision after this many days is stuck.' })
  @Min(1)
  @Max(3650)
  stuckAfterDays: number;
}
