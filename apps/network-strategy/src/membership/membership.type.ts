import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType('Membership', { description: "A municipality's membership of a network, with the dates it joined and left." })
export class MembershipType {
  @Field(() => ID) id: string;
  @Field(() => String) networkId: string;
  @Field(() => String) municipalityId: string;
  @Field(() => LocalDateResolver) joinedOn: string;
  @Field(() => LocalDateResolver, { nullable: true }) leftOn: string | null;
  @Field(() => String, { nullable: true, description: 'Who ended it: NETWORK (revoked) or MUNICIPALITY (left); null while current.' })
  endedBy: string | null;
}
