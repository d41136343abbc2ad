import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Initiative is owned by another subgraph; benefits only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Initiative')
export class InitiativeStub {
  @Field(() => ID) id: string;
}
