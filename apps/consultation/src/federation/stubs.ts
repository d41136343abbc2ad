import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities other subgraphs own (Strategy, Initiative and Municipality: network-strategy;
 * Project: portfolios); this subgraph only adds fields to them.
 */

@Directive('@key(fields: "id")')
@ObjectType('Strategy')
export class StrategyStub {
  @Field(() => ID) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Initiative')
export class InitiativeStub {
  @Field(() => ID) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectStub {
  @Field(() => ID) id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Municipality')
export class MunicipalityStub {
  @Field(() => ID, { description: 'Kommunenummer, e.g. "1124" for Sola.' }) id: string;
}

const stubReference = {
  __resolveReference(ref: { id: string }): { id: string } {
    return { id: ref.id };
  },
};

export const STUB_REFERENCES = { Strategy: stubReference, Initiative: stubReference, Project: stubReference, Municipality: stubReference };
export const STUBS = [StrategyStub, InitiativeStub, ProjectStub, MunicipalityStub];
