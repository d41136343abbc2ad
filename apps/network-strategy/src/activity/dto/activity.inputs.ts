import { ArgsType, Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { ForwardPageArgs } from '@samspill/server-graphql';
import { ActivityKind, Tranche } from '../activity.entity';

@InputType()
export class RecordActivityInput {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() strategyId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() initiativeId?: string | null;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => Tranche) tranche: Tranche;
  @Field() @Length(3, 300) title: string;
  @Field(() => LocalDateResolver) occurredOn: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(500) @Length(1, 200, { each: true }) participants: string[];
  @Field({ defaultValue: '' }) @Length(0, 10000) outcome: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200) decidingBody?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) caseNumber?: string | null;
}

@ArgsType()
export class ActivitiesArgs extends ForwardPageArgs {
  @Field() @Length(1, 63) networkId: string;
  @Field(() => Tranche, { nullable: true }) tranche?: Tranche | null;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
}
