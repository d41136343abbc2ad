import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate, IsMunicipalityNumber } from '@samspill/server-graphql';
import { BenefitKind } from '../../benefit/benefit.model';

@InputType()
export class BenefitFactFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsMunicipalityNumber() municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) initiativeId?: string | null;
  @Field(() => ID, { nullable: true }) goalId?: string | null;
  @Field(() => ID, { nullable: true }) focusAreaId?: string | null;
  @Field(() => ID, { nullable: true }) networkId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => BenefitKind, { nullable: true }) type?: BenefitKind | null;
  @Field(() => String, { nullable: true, description: 'Measured on or after (YYYY-MM-DD).' }) @IsOptional() @IsIsoDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'Measured on or before (YYYY-MM-DD).' }) @IsOptional() @IsIsoDate() to?: string | null;
}

@ArgsType()
export class BenefitFactsArgs {
  @Field(() => Int, { defaultValue: 100, description: 'Page size, 1 to 10000.' }) @Min(1) @Max(10000) first: number = 100;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => BenefitFactFilter, { nullable: true }) filter?: BenefitFactFilter | null;
}
