import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Initiative is owned by network-strategy; this subgraph only adds fields to it (see subject.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType('Initiative')
export class InitiativeStub {
  @Field(() => ID) id: string;
}
