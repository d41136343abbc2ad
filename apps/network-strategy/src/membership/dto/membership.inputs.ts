import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Length, Matches } from 'class-validator';

@InputType()
export class JoinNetworkInput {
  @Field() @Length(1, 63) networkId: string;
  @Field() @Matches(/^\d{4}$/, { message: 'municipalityId must be a four-digit municipality number' }) municipalityId: string;
  @Field(() => LocalDateResolver) joinedOn: string;
}

@InputType()
export class LeaveNetworkInput {
  @Field() @Length(1, 63) networkId: string;
  @Field() @Matches(/^\d{4}$/, { message: 'municipalityId must be a four-digit municipality number' }) municipalityId: string;
  @Field(() => LocalDateResolver) leftOn: string;
}
