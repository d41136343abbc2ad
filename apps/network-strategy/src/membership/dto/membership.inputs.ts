import { ArgsType, Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import { IsMunicipalityNumber } from '@samspill/server-graphql';
import { InvitationStatus } from '../membership-invitation.entity';

/** The former way to add a member without its consent; kept for schema compatibility, refused (see MembershipService). */
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

@InputType({ description: "A network's invitation to a municipality; the membership starts when the municipality's editor accepts it." })
export class InviteMunicipalityInput {
  @Field({ description: 'The inviting network (the caller administers it).' }) @Length(1, 63) networkId: string;
  @Field({ description: 'The invited municipality (kommunenummer).' }) @IsMunicipalityNumber() municipalityId: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The agreed start of the membership; default: the day it is accepted.' })
  @IsOptional()
  joinedOn?: string | null;
  @Field({ defaultValue: '', description: 'A note to the municipality (up to 2000 characters).' }) @Length(0, 2000) message: string;
}

@ArgsType()
export class NetworkInvitationsArgs {
  @Field(() => String, { nullable: true, description: "A network's invitations (its admins)." }) @IsOptional() @Length(1, 63) networkId?: string | null;
  @Field(() => String, { nullable: true, description: "The invitations a municipality received (its editors)." })
  @IsOptional()
  @IsMunicipalityNumber()
  municipalityId?: string | null;
  @Field(() => InvitationStatus, { nullable: true, description: 'Only invitations in this state.' }) status?: InvitationStatus | null;
}
