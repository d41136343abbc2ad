import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Strategy is owned by network-strategy; this subgraph only adds fields to it (see subject.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType('Strategy')
export class StrategyStub {
  @Field(() => ID) id: string;
}
