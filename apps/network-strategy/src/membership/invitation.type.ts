import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { InvitationStatus } from './membership-invitation.entity';

registerEnumType(InvitationStatus, {
  name: 'NetworkInvitationStatus',
  description: "Where a network's invitation to a municipality stands.",
  valuesConfig: {
    PENDING: { description: 'Waiting for the municipality to answer.' },
    ACCEPTED: { description: 'The municipality accepted: it is a member.' },
    DECLINED: { description: 'The municipality declined.' },
    WITHDRAWN: { description: 'The network took it back before an answer.' },
  },
});

@ObjectType('NetworkInvitation', {
  description: "A network's invitation to a municipality. Membership, and the network's view of the member's unpublished data, start only when the municipality accepts.",
})
export class NetworkInvitationType {
  @Field(() => ID, { description: 'The invitation.' }) id: string;
  @Field(() => String, { description: 'The inviting network.' }) networkId: string;
  @Field(() => String, { description: 'The invited municipality (kommunenummer).' }) municipalityId: string;
  @Field(() => InvitationStatus, { description: 'PENDING until the municipality answers (or the network withdraws it).' }) status: InvitationStatus;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The agreed start of the membership; null: the day it is accepted.' }) joinedOn: string | null;
  @Field({ description: 'The network’s note to the municipality.' }) message: string;
  @Field({ description: 'When the network sent it.' }) invitedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or withdrawn.' }) respondedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The municipality's note when it declined, if any." }) responseNote: string | null;
}
