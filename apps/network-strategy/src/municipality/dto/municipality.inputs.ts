import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ForwardPageArgs, IsMunicipalityNumber } from '@samspill/server-graphql';

@InputType()
export class RegisterMunicipalityInput {
  @Field({ description: 'Official four-digit municipality number.' })
  @IsMunicipalityNumber()
  id: string;

  @Field() @Length(1, 100) name: string;
  @Field(() => Int) @Min(0) @Max(2_000_000) population: number;
}

@InputType()
export class UpdateMunicipalityInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 100) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(2_000_000) population?: number;
}

@ArgsType()
export class MunicipalitiesArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) county?: string | null;
  @Field(() => String, { nullable: true, description: 'Only current members of this network.' })
  @IsOptional()
  @Length(1, 63)
  networkId?: string | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @Length(1, 100)
  nameContains?: string | null;
}
