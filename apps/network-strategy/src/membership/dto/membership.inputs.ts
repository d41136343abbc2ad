import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Length } from 'class-validator';
import { IsMunicipalityNumber } from '@samspill/server-graphql';

@InputType()
export class JoinNetworkInput {
  @Field() @Length(1, 63) networkId: string;
  @Field() @IsMunicipalityNumber() municipalityId: string;
  @Field(() => LocalDateResolver) joinedOn: string;
}

@InputType()
export class LeaveNetworkInput {
  @Field() @Length(1, 63) networkId: string;
  @Field() @IsMunicipalityNumber() municipalityId: string;
  @Field(() => LocalDateResolver) leftOn: string;
}
