import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Municipality is owned by network-strategy; this subgraph only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Municipality')
export class MunicipalityStub {
  @Field(() => ID, { description: 'Kommunenummer, e.g. "1124" for Sola.' }) id: string;
}
