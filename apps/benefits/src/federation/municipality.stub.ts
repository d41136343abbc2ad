import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Municipality is owned by another subgraph; benefits only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Municipality')
export class MunicipalityStub {
  @Field(() => ID) id: string;
}
