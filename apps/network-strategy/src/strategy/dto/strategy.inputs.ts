import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ForwardPageArgs } from '@samspill/server-graphql';
import { StrategyStatus } from '../strategy.entity';

@InputType()
export class CreateStrategyInput {
  @Field() @Length(1, 63) networkId: string;
  @Field() @Length(3, 200) title: string;
  @Field(() => Int) @Min(2000) @Max(2100) periodStart: number;
  @Field(() => Int) @Min(2000) @Max(2100) periodEnd: number;
  @Field({ defaultValue: '' }) @Length(0, 10000) vision: string;
}

@InputType()
export class UpdateStrategyInput {
  @Field({ nullable: true }) @IsOptional() @Length(3, 200) title?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2000) @Max(2100) periodStart?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2000) @Max(2100) periodEnd?: number;
  @Field({ nullable: true }) @IsOptional() @Length(0, 10000) vision?: string;
}

@InputType()
export class AdoptStrategyInput {
  @Field({ description: 'Who adopted it, e.g. "Styringsgruppen for Digi Rogaland".' }) @Length(2, 200) adoptedBy: string;
  @Field({ description: 'The decision reference, e.g. a case number "2025/14".' }) @Length(1, 100) decisionReference: string;
}

@ArgsType()
export class StrategiesArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 63) networkId?: string | null;
  @Field(() => StrategyStatus, { nullable: true }) status?: StrategyStatus | null;
}

@ArgsType()
export class CompareVersionsArgs {
  @Field(() => ID) strategyId: string;
  @Field(() => Int) @Min(1) fromVersion: number;
  @Field(() => Int) @Min(1) toVersion: number;
}
